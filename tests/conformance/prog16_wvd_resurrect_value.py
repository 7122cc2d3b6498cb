import weakref, gc
graveyard = []
class V:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("V del", self.n)
        if self.n == 1:
            graveyard.append(self)
d = weakref.WeakValueDictionary()
v1 = V(1); v2 = V(2)
d["a"] = v1; d["b"] = v2
del v1
print("after del v1", sorted(d.keys()), len(graveyard))
del v2
print("after del v2", sorted(d.keys()))
d["c"] = graveyard[0]
print(sorted(d.keys()))
graveyard.clear()
print("cleared", sorted(d.keys()))
k = weakref.WeakKeyDictionary()
class K:
    def __del__(self): print("K del")
kk = K()
k[kk] = V(3)
del kk
print("end", len(k))
