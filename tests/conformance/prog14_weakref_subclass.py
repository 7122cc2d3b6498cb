import weakref
import gc

class NamedRef(weakref.ref):
    __slots__ = ("name",)
    def __new__(cls, obj, name, callback=None):
        self = super().__new__(cls, obj, callback)
        self.name = name
        return self
    def __init__(self, obj, name, callback=None):
        super().__init__(obj, callback)
    def __repr__(self):
        state = "dead" if self() is None else "alive"
        return f"<NamedRef {self.name} {state}>"

class KeyedRef2(weakref.ref):
    def __init__(self, obj, key, cb):
        super().__init__(obj, cb)
        self.key = key

class Obj:
    def __init__(self, v):
        self.v = v

o = Obj(1)
r = NamedRef(o, "first")
print(r, r().v, isinstance(r, weakref.ref), type(r).__name__)
removed = []
refs = {}
for k in "abc":
    ob = Obj(k)
    refs[k] = (ob, KeyedRef2(ob, k, lambda wr: removed.append(wr.key)))
print(sorted(refs))
del refs["b"]
print(removed)
refs.clear()
print(sorted(removed))
del o
print(r)
print(weakref.ref(Obj(0)) is None)
o2 = Obj(2)
w1 = weakref.ref(o2)
w2 = weakref.ref(o2)
w3 = weakref.ref(o2, lambda r: None)
print(w1 is w2, w1 is w3, w1 == w3, hash(w1) == hash(w3))
print(weakref.getweakrefcount(o2))
d = {w1: "x"}
print(d[w3])
del o2
print(w1 == w3, w1 is w2)
try:
    hash(weakref.ref(Obj(3)))
except TypeError as e:
    print("TypeError:", e)
print(len(d))
kr = weakref.KeyedRef(Obj(5), None, "key5") if False else None
o6 = Obj(6)
kr = weakref.KeyedRef(o6, None, "key6")
print(kr.key, kr() is o6)
