import weakref
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return hash(self.n)
    def __eq__(self, o): return isinstance(o, K) and o.n == self.n
    def __del__(self): print("del K", self.n)
d = weakref.WeakKeyDictionary()
k1 = K(1); k1b = K(1)
d[k1] = "first"
d[k1b] = "second"
print(len(d), d[k1], d[k1b])
del k1b
print("after del k1b", len(d))
del k1
print("after del k1", len(d))
k = K(2)
d[k] = "v"
print(d.pop(k), len(d))
print(K(3) in d)
try:
    d[1] = 2
except TypeError as e:
    print("TypeError", e)
print("end")
