# Weak containers look keys up by equality: equal keys share an entry, the
# first key object stays the key, WeakSet with equal members, setdefault.
import weakref

class Key:
    def __init__(self, name): self.name = name
    def __eq__(self, other): return isinstance(other, Key) and self.name == other.name
    def __hash__(self): return hash(self.name)
    def __repr__(self): return f"Key({self.name})"

d = weakref.WeakKeyDictionary()
k1 = Key("x")
d[k1] = 1
k2 = Key("x")
print(d[k2], k2 in d, len(d))
d[k2] = 2
print(len(d), d[k1], list(d.keys())[0] is k1)
del k1
print(len(d))
del k2
print(len(d))
s = weakref.WeakSet()
a1 = Key("a"); a2 = Key("a")
s.add(a1); s.add(a2)
print(len(s), a2 in s)
del a1
print(len(s), a2 in s)
v = weakref.WeakValueDictionary()
x = Key("v")
v[Key("k")] = x
print(v[Key("k")])
v.setdefault(Key("k"), Key("other"))
print(v[Key("k")] is x)
del x
print(v.setdefault("new", Key("temp")) is not None, len(v))
