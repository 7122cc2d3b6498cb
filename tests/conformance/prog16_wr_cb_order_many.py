import weakref, gc
class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"A({self.n})"
log = []
a = A(1)
refs = [weakref.ref(a, lambda r, i=i: log.append(("cb", i, r() is None))) for i in range(5)]
plain = weakref.ref(a)
print(plain is weakref.ref(a), len(refs), weakref.getweakrefcount(a))
del a
print(log)
print([r() for r in refs], plain())
# callbacks run newest-first
b = A(2)
r1 = weakref.ref(b, lambda r: print("r1"))
r2 = weakref.ref(b, lambda r: print("r2"))
r3 = weakref.ref(b, lambda r: print("r3"))
del r2
del b
print("done")
