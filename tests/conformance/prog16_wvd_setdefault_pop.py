import weakref
class V:
    def __init__(self, n): self.n = n
    def __del__(self): print("V del", self.n)
d = weakref.WeakValueDictionary()
print(d.setdefault("a", V(1)) is None)
print("after temp setdefault", len(d))
v = V(2)
d["b"] = v
print(d.pop("b").n)
del v
print(d.pop("nope", "default"))
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
v3 = V(3)
d.update({"c": v3}, d=v3)
print(sorted(d))
print(d.popitem()[0] in ("c", "d"), len(d))
del v3
print(len(d), list(d.valuerefs()))
