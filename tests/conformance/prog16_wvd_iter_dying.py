import weakref, gc
class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"V{self.n}"
d = weakref.WeakValueDictionary()
vals = [V(i) for i in range(6)]
for v in vals: d[v.n] = v
print(len(d), sorted(d.keys()))
for k in list(d.keys()):
    if k % 2: vals[k] = None
print(len(d), sorted(d.keys()))
# delete during iteration: guarded
out = []
for k, v in d.items():
    out.append(k)
    vals[k] = None
    del v
print(sorted(out), len(d))
vals.clear()
print(len(d), list(d.items()))
d2 = weakref.WeakValueDictionary()
v = V(9)
d2["x"] = v
print(d2.get("x"), d2.get("y", "dflt"), "x" in d2)
try:
    d2["y"]
except KeyError as e:
    print("KeyError", e)
print(d2.pop("x"), len(d2))
try:
    d2["z"] = 3
except TypeError as e:
    print("TypeError", e)
print(d2.setdefault("k", v) is v, d2.setdefault("k", V(1)) is v)
