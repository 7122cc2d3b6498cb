import weakref, sys

def f(): pass
class C:
    def m(self): pass
def gen():
    yield 1
objs = {
    "function": f,
    "class": C,
    "generator": gen(),
    "set": {1},
    "frozenset": frozenset([1]),
    "bound method": C().m,
    "type": type,
    "module": sys,
    "frame": sys._getframe(),
    "code": f.__code__,
    "cell": (lambda: objs).__closure__,
    "range": range(3),
    "property": property(),
    "bytearray": bytearray(),
    "list iterator": iter([]),
}
for name, o in objs.items():
    try:
        weakref.ref(o)
        print(name, "weakrefable")
    except TypeError as e:
        print(name, "TypeError:", e)
m = C().m
r = weakref.ref(m)
print("bound method ref dies at once:", r() is None)
del m
print(r() is None)
