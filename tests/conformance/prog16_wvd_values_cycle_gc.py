import weakref, gc
class V:
    def __init__(self, n): self.n = n
cache = weakref.WeakValueDictionary()
for i in range(3):
    v = V(i); v.me = v; cache[i] = v
del v
print(sorted(cache))
gc.collect()
print(sorted(cache), len(cache))
