# Temporaries made by operators, sum(), __getattr__ results, a caching
# descriptor and min/max/sorted die exactly when CPython releases them.
import gc, weakref

class Tracked:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"T({self.name})"
    def __del__(self):
        print("  del", self.name)
    def __add__(self, other):
        print("  add", self.name, other.name)
        return Tracked(self.name + "+" + other.name)
    def __radd__(self, other):
        print("  radd", self.name)
        return Tracked(f"{other}+{self.name}")
    def __iadd__(self, other):
        print("  iadd", self.name, other.name)
        self.name += "=" + other.name
        return self
    def __lt__(self, other):
        return self.name < other.name
    def __eq__(self, other):
        print("  eq", self.name, getattr(other, "name", other))
        return isinstance(other, Tracked) and self.name == other.name
    __hash__ = object.__hash__

print("chain")
r = Tracked("a") + Tracked("b") + Tracked("c")
print("result", r)
print("sum")
s = sum([Tracked("x"), Tracked("y")], 0)
print("sum result", s)
print("inplace")
t = Tracked("t")
t += Tracked("u")
print("after iadd", t)
print("compare in list")
print(Tracked("q") in [Tracked("p"), Tracked("q")])
print("dict lookup")
d = {Tracked("k"): 1}
print(d.get(Tracked("k")))
del d
print("getattr fallback")
class Lazy:
    def __getattr__(self, name):
        print("  __getattr__", name)
        return Tracked("attr-" + name)
Lazy().foo
print("after discarded attr")
x = Lazy().bar
print("kept", x)
del x
print("descriptor cache")
class Cached:
    def __init__(self, fn):
        self.fn = fn
    def __set_name__(self, owner, name):
        print("  set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.name] = v
        return v
class Holder:
    @Cached
    def value(self):
        print("  computing")
        return Tracked("cached")
h = Holder()
h.value
h.value
print("drop holder")
del h
print("max/min/sorted")
items = [Tracked("m2"), Tracked("m1"), Tracked("m3")]
print(max(items), min(items), sorted(items))
del items
print("end")
