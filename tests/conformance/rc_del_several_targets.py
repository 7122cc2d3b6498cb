# `del x, y[k], z.attr` deletes its targets left to right, each release
# happening before the next target is deleted; a failing target stops the rest.
# CPython: compile.c (del targets compiled left to right).
import gc

gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Holder:
    pass


x = Obj("x")
table = {"k": Obj("table[k]"), "j": Obj("table[j]")}
h = Holder()
h.attr = Obj("h.attr")
items = [Obj("items[0]"), Obj("items[1]")]
print("del h.attr, x, table['k'], items[0]")
del h.attr, x, table["k"], items[0]
print("left:", list(table.keys()), items[0].name)
y = Obj("y")
try:
    del y, table["missing"], items[0]
except KeyError as e:
    print("KeyError", e)
print("items[0] survived:", items[0].name)
del table, items
print("end")
