import gc

class F:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

gc.collect()
a = F("a"); b = F("b")
gc.collect()
c = F("c"); d = F("d")
gc.collect(0)
e = F("e")
ring = [e, d, c, b, a]
for x, y in zip(ring, ring[1:] + ring[:1]):
    x.nxt = y
del a, b, c, d, e, x, y, ring
print("full collect")
gc.collect()
print("---")
p = F("p"); q = F("q"); r = F("r")
p.n = r; r.n = q; q.n = p
gc.collect()
s = F("s")
s.n = q; q.extra = s
del p, q, r, s
print("collect young only")
gc.collect(0)
print("collect all")
gc.collect()
print("end")
