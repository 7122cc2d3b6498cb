# dataclass and namedtuple instances in weak containers
import weakref, gc
from dataclasses import dataclass
from collections import namedtuple

@dataclass
class Node:
    name: str
    children: list
    parent: object = None
    def __del__(self):
        print("del node", self.name)

@dataclass(slots=True)
class Slim:
    x: int
    y: int

@dataclass(slots=True, weakref_slot=True)
class SlimWeak:
    x: int

Point = namedtuple("Point", "x y")
# Start from empty generations: the imports above allocate differently
# from CPython's own modules, so an automatic collection could fall
# between the two Node allocations below and change the finalizer order.
gc.collect()

cache = weakref.WeakValueDictionary()
root = Node("root", [])
kid = Node("kid", [], root)
root.children.append(kid)
cache["root"] = root
cache["kid"] = kid
print(sorted(cache.keys()))
del root, kid
print("deleted names", len(cache))
print("collected", gc.collect() > 0)
print(len(cache), list(cache.keys()))

s = Slim(1, 2)
print(s, hasattr(s, "__dict__"), Slim.__slots__)
try:
    weakref.ref(s)
except TypeError as e:
    print("TypeError:", e)
sw = SlimWeak(3)
r = weakref.ref(sw, lambda ref: print("SlimWeak died"))
del sw
print(r())
p = Point(1, 2)
try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError:", e)
try:
    class WPoint(Point):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("TypeError:", e)
class WPoint(Point):
    pass
wp = WPoint(3, 4)
try:
    weakref.WeakSet([wp])
except TypeError as e:
    print("TypeError:", e)
print(wp, wp._replace(x=9), wp._asdict(), WPoint._fields, hasattr(wp, "__dict__"))
holder = weakref.WeakValueDictionary()
class Box:
    def __init__(self, nt): self.nt = nt
    def __del__(self): print("del box", self.nt)
holder["b"] = Box(Point(7, 8))
print(len(holder))
print(Point._make([5, 6]), Point(x=1, y=2) == (1, 2), p._fields, Point.__doc__)
Pt3 = namedtuple("Pt3", ["x", "y", "z"], defaults=[0])
print(Pt3(1, 2), Pt3._field_defaults)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple("Bad", "x def")
except ValueError as e:
    print("ValueError:", e)
print(namedtuple("R", "a a", rename=True)._fields)
