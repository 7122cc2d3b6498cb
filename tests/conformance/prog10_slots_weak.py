"""__slots__ classes: memory layout, weakrefs, inheritance and pickling-free copying."""
import weakref
import copy
import sys


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class WeakPoint(Point):
    __slots__ = ("__weakref__",)


class Labeled(Point):
    def __init__(self, x, y, label):
        super().__init__(x, y)
        self.label = label


p = Point(1, 2)
try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError:", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"), Point.__slots__, type(Point.x).__name__)
wp = WeakPoint(3, 4)
r = weakref.ref(wp)
print(r(), r() is wp)
del wp
print("weak point gone:", r())
lp = Labeled(5, 6, "five")
print(lp, lp.label, vars(lp), hasattr(lp, "__weakref__"))
q = copy.copy(p)
q.x = 10
print(p, q, copy.deepcopy(lp).label)
try:
    del p.x
    print(p.y)
    print(p.x)
except AttributeError as e:
    print("AttributeError:", e)


class Registry:
    __slots__ = ("_items", "__weakref__")

    def __init__(self):
        self._items = weakref.WeakSet()

    def add(self, obj):
        self._items.add(obj)

    def __len__(self):
        return len(self._items)


reg = Registry()
keep = [WeakPoint(i, i) for i in range(4)]
for k in keep:
    reg.add(k)
print("registered", len(reg))
del keep[::2]
print("after dropping half", len(reg))
keep.clear()
print("all dropped", len(reg))
print(sys.getrefcount(reg) >= 2, Point.__dict__["x"].__get__(Point(7, 8)))
