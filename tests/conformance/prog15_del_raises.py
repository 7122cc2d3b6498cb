import gc, sys

class Loud:
    def __init__(self, name, exc):
        self.name = name
        self.exc = exc
    def __del__(self):
        print("del", self.name)
        raise self.exc

a = Loud("a", ValueError("bad a"))
del a
print("after a")

b = Loud("b", KeyError("k"))
b = None
print("after b")

c = Loud("c", RuntimeError())
c.cycle = c
del c
gc.collect()
print("after c")

class Custom(Exception):
    def __str__(self):
        return "custom str"

d = Loud("d", Custom())
del d

class NoStr(Exception):
    def __str__(self):
        raise TypeError("no str")

e = Loud("e", NoStr())
del e
print("after e")

class Attr:
    def __del__(self):
        self.missing_attribute

x = Attr()
del x

def f():
    loc = Loud("in-func", ZeroDivisionError("zero"))
    return 1
print(f())

lst = [Loud(str(i), IndexError(i)) for i in range(2)]
lst.clear()
print("end")
sys.stdout.flush()
