# `global` makes assignments in a function bind the module variable (creating
# it if needed); without it, assignment makes a local. Module code sees the change.
# CPython: symtable.c (global declarations), ceval.c STORE_GLOBAL.
total = 0
log = []


def add(n):
    global total
    total += n


def shadow():
    total = 999
    return total


def create():
    global created
    created = "made inside a function"


def append_only():
    log.append("no global statement needed to mutate")


add(5)
add(7)
print("total:", total)
print("shadow returns", shadow(), "but total is still", total)
try:
    print(created)
except NameError as e:
    print("before create():", e)
create()
print("after create():", created)
append_only()
print(log)


def read_global():
    return total + 1


print("reading without global:", read_global())
