# WeakValueDictionary as a cache, setdefault/pop/popitem/update, iteration guards; WeakKeyDictionary with equal keys
import weakref, gc
gc.disable()
class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"V({self.n})"
cache = weakref.WeakValueDictionary()
def get(k):
    v = cache.get(k)
    if v is None:
        v = V(k)
        cache[k] = v
        print("miss", k)
    return v
a = get(1); b = get(1); c = get(2)
print(a is b, len(cache), sorted(cache))
del a, b
print(len(cache), sorted(cache.items(), key=lambda kv: kv[0]))
v = cache.setdefault(3, V(3))
print(v, 3 in cache)
del v
print(3 in cache, len(cache))
x = V(9)
print(cache.setdefault(9, x) is x, cache.pop(9) is x, 9 in cache)
cache[5] = x
print(cache.popitem())
n = V(10)
cache.update({10: n}, eleven=n)
print(sorted(cache.keys(), key=str))
for k, vv in cache.items():
    del n
    break
print(len(cache))
del vv, k
print(len(cache), list(cache))
it = iter(cache)
print(next(it))
del c
print(list(it), len(cache))
wkd = weakref.WeakKeyDictionary()
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return self.n
    def __eq__(self, o): return self.n == o.n
k1 = K(1); k2 = K(1)
wkd[k1] = "a"
print(wkd[k2], len(wkd))
wkd[k2] = "b"
print(len(wkd), wkd[k1])
del k1
print(len(wkd), k2 in wkd)
