import weakref

class K:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "K%d" % self.n

keys = [K(i) for i in range(5)]
d = weakref.WeakKeyDictionary({k: k.n * 10 for k in keys})
it = iter(d.items())
first = next(it)
print("first", first)
del first
del keys[0:2]
print("len during iter", len(d))
rest = list(it)
print("rest", sorted((k.n, v) for k, v in rest))
del rest
print("len after iter", len(d))
print("keyrefs", sorted(r().n for r in d.keyrefs()))
k = keys[0]
print(d.pop(k), k in d)
print(d.setdefault(k, 99), d.get(k))
del k
keys.clear()
print("final", len(d), list(d.items()))
