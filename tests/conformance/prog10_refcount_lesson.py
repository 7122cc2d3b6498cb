"""A teaching sequence on reference counting."""
import sys
import gc


class Thing:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Thing({self.name!r})"

    def __del__(self):
        print(f"  [del] {self.name}")

    def greet(self):
        return "hi from " + self.name


def section(title):
    print()
    print("== " + title + " ==")


section("lesson 1: a fresh object")
t = Thing("a")
print("refcount of t:", sys.getrefcount(t))
u = t
print("after u = t:", sys.getrefcount(t))
del u
print("after del u:", sys.getrefcount(t))

section("lesson 2: containers hold references")
lst = [t, t, t]
print("in a list three times:", sys.getrefcount(t))
d = {"k": t}
print("and a dict value:", sys.getrefcount(t))
tup = (t,)
print("and a tuple:", sys.getrefcount(t))
lst.clear()
print("list cleared:", sys.getrefcount(t))
del d, tup
print("dict and tuple gone:", sys.getrefcount(t))

section("lesson 3: closures")


def make_counter(obj):
    count = 0

    def bump():
        nonlocal count
        count += 1
        return obj.name, count
    return bump


c = make_counter(t)
print("closure captures t:", sys.getrefcount(t))
print(c(), c())
print("cell contents:", [type(cell.cell_contents).__name__ for cell in c.__closure__])
del c
print("closure gone:", sys.getrefcount(t))

section("lesson 4: bound methods")
m = t.greet
print("bound method holds self:", sys.getrefcount(t))
print(m())
print(m.__self__ is t, m.__func__ is Thing.greet)
del m
print("bound method gone:", sys.getrefcount(t))

section("lesson 5: del of the last reference")
print("deleting t now")
del t
print("t is gone")

section("lesson 6: small ints and strings are shared")
x = 12345678
print(sys.getrefcount(x) >= 2)

section("lesson 7: a cycle needs the collector")
a = Thing("cyc-a")
b = Thing("cyc-b")
a.other = b
b.other = a
print("refcounts:", sys.getrefcount(a), sys.getrefcount(b))
del a, b
print("names deleted, nothing died yet")
n = gc.collect()
print("collected", n, "objects")

section("lesson 8: function arguments")


def show(o):
    return sys.getrefcount(o)


z = Thing("z")
print("inside a call:", show(z))
print("lambda:", (lambda o: sys.getrefcount(o))(z))
print("end of program")
