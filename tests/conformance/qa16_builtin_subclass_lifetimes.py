import gc, weakref

class Tracked(list):
    def __init__(self, name, *args):
        super().__init__(*args)
        self.name = name
    def __del__(self):
        print(f"Tracked {self.name} dead with {len(self)} items")
    def __repr__(self):
        return f"{self.name}{list.__repr__(self)}"

a = Tracked("a", [1, 2])
a.append(a)
print(a[:2], len(a), isinstance(a, list))
r = weakref.ref(a)
del a
print("alive:", r() is not None)
gc.collect()
print("alive:", r() is not None)

class Name(str):
    def __new__(cls, value):
        obj = super().__new__(cls, value.strip().title())
        obj.raw = value
        return obj
    def initials(self):
        return "".join(p[0] for p in self.split())
n = Name("  ada lovelace ")
print(n, repr(n), n.initials(), n.raw, n.upper(), type(n.upper()).__name__, n == "Ada Lovelace")

class Meters(float):
    def __repr__(self): return f"{float(self):g}m"
    def __add__(self, o): return Meters(float(self) + o)
print(Meters(1.5) + 2, repr(Meters(3)), Meters(2) * 2)

class Color(int):
    def __new__(cls, r, g, b):
        return super().__new__(cls, (r << 16) | (g << 8) | b)
    def __str__(self):
        return f"#{int(self):06x}"
c = Color(255, 128, 0)
print(c, int(c), c + 1, hex(c))

class Registry(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
reg = Registry(a=1)
reg["b"] = 2
reg.update(c=3)
print(reg, sorted(reg))

class FrozenBag(frozenset):
    def __repr__(self): return f"FrozenBag({sorted(self)})"
print(FrozenBag([3, 1, 2]), FrozenBag([1]) | {2}, type(FrozenBag([1]) | {2}).__name__)
class T(tuple):
    pass
t = T((1, 2)); t.extra = 1
print(t, t.extra, t + (3,), type(t[0:1]).__name__)
