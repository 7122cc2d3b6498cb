import weakref, copy
class K:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"K{self.n}"
ks = [K(i) for i in range(3)]
d = weakref.WeakKeyDictionary()
d.update({ks[0]: 0}, )
d.update([(ks[1], 1)])
d2 = d.copy()
d3 = copy.deepcopy(d) if False else copy.copy(d)
print(len(d), len(d2), len(d3), type(d2).__name__)
del ks[0]
print(len(d), len(d2), len(d3))
print(d.get(ks[0]), d.get(K(9), "none"), ks[0] in d, 5 in d)
print(d.setdefault(ks[1], "x"), d.setdefault(ks[1], "y"))
print(sorted(v for v in d.values()))
print(d | {ks[1]: "merged"} == {ks[0]: 1, ks[1]: "merged"} if False else len(d | {ks[1]: "m"}))
