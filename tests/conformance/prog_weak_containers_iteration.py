# Values, set members and keys dying while weak containers are iterated, and the
# WeakValueDictionary API (copy, deepcopy, popitem, update, |=).
import weakref, gc

class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"V{self.n}"

d = weakref.WeakValueDictionary()
vals = [V(i) for i in range(6)]
for v in vals:
    d[v.n] = v
for k, v in d.items():
    if k == 1:
        vals[3] = None  # dies during iteration
        vals[4] = None
    print("item", k, v)
print(sorted(d.keys()), len(d))
s = weakref.WeakSet(x for x in vals if x is not None)
for x in s:
    vals[0] = None
print(len(s), sorted(map(repr, s)))
wk = weakref.WeakKeyDictionary((x, x.n) for x in vals if x is not None)
n = 0
for k in wk:
    vals[5] = None
    n += 1
print(n, len(wk))
print(sorted(map(repr, wk)))
d2 = weakref.WeakValueDictionary({"a": V(9)})
print(len(d2))
v = V(10)
d3 = weakref.WeakValueDictionary(x=v)
print(d3["x"], dict(d3.items()) == {"x": v})
try:
    d3["y"]
except KeyError as e:
    print("KeyError", e)
print(d3.copy()["x"] is v, repr(d3).startswith("<WeakValueDictionary at"))
import copy
dc = copy.deepcopy(d3)
print(len(dc), dc["x"] is v)
print(d3.popitem()[0], len(d3))
d3.update({"z": v}, w=v)
print(sorted(d3))
print("x" in d3, "z" in d3, d3.get("q", "dflt"))
del d3["z"]
print(sorted(d3))
d3 |= {"m": v}
print(sorted(d3), type(d3 | {"n": v}).__name__)
