import weakref
class C:
    def __call__(self, x): return x * 2
    def m(self): return "m"
c = C()
p = weakref.proxy(c)
print(type(p).__name__, p(4), callable(p), p.m())
f = lambda: "lam"
pf = weakref.proxy(f)
print(type(pf).__name__, pf())
del f
try:
    pf()
except ReferenceError as e:
    print("ReferenceError", e)
