import weakref
class E:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"E{self.n}"
es = [E(i) for i in range(5)]
a = weakref.WeakSet(es[:3]); b = weakref.WeakSet(es[2:])
print(sorted(x.n for x in a ^ b), sorted(x.n for x in a & b))
a -= b
print(sorted(x.n for x in a))
a.update(es[3:])
print(len(a))
es[0] = None
print(len(a), sorted(x.n for x in a))
a.intersection_update([es[1]])
print(sorted(x.n for x in a))
a.symmetric_difference_update(b)
print(sorted(x.n for x in a))
print(a.issubset(es), a.issuperset([es[1]]))
