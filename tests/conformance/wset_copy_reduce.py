# copy.copy / copy.deepcopy of a WeakSet go through WeakSet.__reduce__
# (cls, (list(self),), self.__getstate__()) and copy._reconstruct, which
# puts the original's __dict__ into the copy: a shallow copy shares `data`
# (and `_remove`) with the original, a deep copy has its own `data` holding
# the same weakrefs (weakref.ref is atomic to deepcopy). Subclasses with
# __slots__ carry their slot values through the (dict, slots) state.
import copy
import gc
import weakref

gc.disable()


class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Item(%d)" % self.n


class Slotted(weakref.WeakSet):
    __slots__ = ("x", "y")


items = [Item(i) for i in range(4)]
for cls in (weakref.WeakSet, Slotted):
    s = cls(items[:3])
    s.x = ["x"]
    s.z = ["z"]
    dup = copy.copy(s)
    print(type(dup).__name__, dup == s, dup is s, dup.x is s.x, dup.z is s.z, hasattr(dup, "y"))
    print("shares data:", dup.data is s.data, dup._remove is s._remove)
    s.add(items[3])
    print("added to the original, the copy has", len(dup))
    s.discard(items[3])
    deep = copy.deepcopy(s)
    print(type(deep).__name__, deep == s, deep.x == s.x, deep.x is s.x, deep.data is s.data)
    print("same refs:", sorted(r().n for r in deep.data) == sorted(r().n for r in s.data))
    red = s.__reduce__()
    print(red[0].__name__, sorted(red[1][0], key=lambda i: i.n), type(red[2]).__name__)
    st = s.__getstate__()
    print(sorted(st[0]) if isinstance(st, tuple) else sorted(st), st[1] if isinstance(st, tuple) else None)

plain = weakref.WeakSet(items)
c = copy.copy(plain)
print(c == plain, c.data is plain.data, sorted(vars(c)))
victim = Item(99)
plain.add(victim)
print(len(plain), len(c))
del victim
print(len(plain), len(c))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __reduce__(self):
        print("  Point.__reduce__")
        return (Point, (self.x, self.y))


p = copy.copy(Point(1, 2))
print(p.x, p.y)
q = copy.deepcopy(Point([1], 2))
print(q.x, q.y)


class Fixed:
    __slots__ = ("a", "b")


f = Fixed()
f.a = 1
print(f.__getstate__())
print(Fixed().__getstate__())
g = copy.copy(f)
print(g.a, hasattr(g, "b"))


class Mixed:
    __slots__ = ("a", "__dict__")


m = Mixed()
m.a = 1
m.other = 2
print(m.__getstate__())
h = copy.deepcopy(m)
print(h.a, h.other)
