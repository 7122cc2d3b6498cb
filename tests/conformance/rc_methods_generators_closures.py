# sys.getrefcount of self in methods, properties and __repr__, of arguments
# in generators, comprehensions, lambdas, defaults and closures, of an
# exception's argument, of decorated functions, class attributes, weakrefs,
# map() and tuples.
import sys
class C:
    def meth(self): return sys.getrefcount(self)
    @classmethod
    def cm(cls): return sys.getrefcount(cls)
    @property
    def p(self): return sys.getrefcount(self)
    def __repr__(self): return f"C rc={sys.getrefcount(self)}"
c = C()
print(c.meth(), c.p, repr(c), f"{c!r}")
print(C.cm() - sys.getrefcount(C))
def gen(x):
    yield sys.getrefcount(x)
print(next(gen(c)))
print([sys.getrefcount(c) for _ in range(1)])
print(list(sys.getrefcount(c) for _ in range(1)))
f = lambda o: sys.getrefcount(o)
print(f(c))
def default(o=c): return sys.getrefcount(o)
print(default())
def cl():
    return sys.getrefcount(c)
print(cl())
def kwonly(*, o): return sys.getrefcount(o)
print(kwonly(o=c))
print(sys.getrefcount(c.meth.__self__))
x = [c]
for item in x:
    print(sys.getrefcount(item))
try:
    raise Exception(c)
except Exception as e:
    print(sys.getrefcount(c), sys.getrefcount(e))
print(sys.getrefcount(c))
def deco(fn):
    print("deco rc", sys.getrefcount(fn))
    return fn
@deco
def g(): pass
print(sys.getrefcount(g))
class D:
    attr = []
print(sys.getrefcount(D.attr), sys.getrefcount(D.__dict__["attr"]))
import weakref
r = weakref.ref(c)
print(sys.getrefcount(r), sys.getrefcount(r()))
m = map(sys.getrefcount, [c])
print(list(m))
t = (c, c)
print(sys.getrefcount(t), sys.getrefcount(c))
with open(__file__) as fh:
    pass
print(sys.getrefcount(fh))
