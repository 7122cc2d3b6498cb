import weakref, gc

class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "V%d" % self.n

vals = [V(i) for i in range(6)]
d = weakref.WeakValueDictionary((i, v) for i, v in enumerate(vals))
seen = []
for k, v in d.items():
    seen.append(k)
    if k == 1:
        del vals[3:]
        print("pending during iteration:", len(d._pending_removals))
print("seen", seen)
print("pending after:", len(d._pending_removals))
print("len", len(d), sorted(d.keys()))
print("pending after len:", len(d._pending_removals))
for k in d:
    vals.pop()
    break
print("keys", sorted(d))
r = d.valuerefs()
print(len(r), sorted(x().n for x in r if x() is not None))
