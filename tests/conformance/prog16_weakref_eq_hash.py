import weakref
class O:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return isinstance(o, O) and o.n == self.n
    def __hash__(self): return hash(self.n)
a = O(1); b = O(1)
ra = weakref.ref(a); rb = weakref.ref(b)
print(ra == rb, ra != rb, hash(ra) == hash(a))
del b
print(ra == rb, rb() is None)
print(ra == ra, rb == rb)
h = hash(ra)
del a
print(hash(ra) == h)
c = O(2); rc = weakref.ref(c); del c
try:
    hash(rc)
except TypeError as e:
    print("TypeError", e)
print(sorted([weakref.ref(O(3)) is None]))
