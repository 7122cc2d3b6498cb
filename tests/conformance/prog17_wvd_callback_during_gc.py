import weakref, gc

class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("V del", self.n, "still in dict:", self.n in d)

d = weakref.WeakValueDictionary()
vals = [V(i) for i in range(3)]
for v in vals:
    d[v.n] = v
    v.me = v
del v
print("before collect:", sorted(d))
vals.pop(1)
gc.collect()
print("after collect:", sorted(d))
vals.clear()
gc.collect()
print("end:", sorted(d))
