# copy and deepcopy: __copy__, __deepcopy__, memo, cycles, lifetimes
import copy, weakref, gc

class Res:
    count = 0
    def __init__(self, name, items=None):
        self.name = name
        self.items = items if items is not None else []
    def __repr__(self):
        return f"Res({self.name}, {self.items})"
    def __del__(self):
        print("del", self.name)

a = Res("a", [1, [2, 3]])
b = copy.copy(a)
c = copy.deepcopy(a)
print(b.items is a.items, c.items is a.items, c.items[1] is a.items[1])
b.name = "b"
c.name = "c"
a.items[1].append(4)
print(a, b, c)
del b
print("deleted b")

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__, id(self) in memo)
        new = Custom(copy.deepcopy(self.v, memo))
        memo[id(self)] = new
        return new
x = Custom([1, 2])
y = copy.copy(x)
z = copy.deepcopy([x, x])
print(y.v is x.v, z[0] is z[1], z[0].v == x.v, z[0].v is x.v)

cyc = [1, 2]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[2] is dc, dc is not cyc, repr(dc))
t = (1, 2)
d = {"k": [1], "t": (1, [2]), "s": {3}, "f": frozenset({4})}
dd = copy.deepcopy(d)
print(dd, dd["t"] is d["t"], dd["t"][1] is d["t"][1], copy.deepcopy(t) is t)
t = (1, "x", None)
print(copy.deepcopy(t) is t, copy.copy([1]) == [1])

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a, self.b = 1, [2]
s2 = copy.deepcopy(Slotted())
print(s2.a, s2.b)
class WithState:
    def __init__(self): self.x = 1; self.cache = {"big": 1}
    def __getstate__(self):
        st = self.__dict__.copy(); del st["cache"]; return st
    def __setstate__(self, st):
        print("setstate", sorted(st)); self.__dict__.update(st); self.cache = {}
w = copy.deepcopy(WithState())
print(w.x, w.cache)
f = lambda: 1
print(copy.deepcopy(f) is f, copy.copy(Res) is Res)
r = weakref.ref(a)
del a
print("after del a", r())
print("end")
