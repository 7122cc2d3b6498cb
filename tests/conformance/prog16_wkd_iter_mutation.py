import weakref, gc
class K:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"K{self.n}"
keys = [K(i) for i in range(5)]
d = weakref.WeakKeyDictionary((k, k.n * 10) for k in keys)
seen = []
for k in d:
    seen.append(k.n)
    if k.n == 1:
        keys[3] = None
print(sorted(seen), len(d))
try:
    for k in d:
        d[K(100)] = 1
except RuntimeError as e:
    print("RuntimeError", e)
print(len(d))
try:
    for k in list(d.keys()):
        pass
    for k, v in d.items():
        del d[k]
        break
except RuntimeError as e:
    print("RuntimeError", e)
print(sorted(k.n for k in d.keys()))
wv = weakref.WeakValueDictionary({i: k for i, k in enumerate(keys) if k is not None})
vals = list(wv.values())
keys.clear()
print(len(wv))
del vals
print(len(wv))
print(sorted(d.keys(), key=lambda k: k.n), dict(d.items()) == {})
print(list(d.keyrefs()) == [] or len(d.keyrefs()))
