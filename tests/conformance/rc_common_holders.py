# sys.getrefcount of an object held by lists, dicts, bound methods, tuples, 
# closures, generators, weakrefs and proxies, and inside calls with 
# *args/**kwargs.
import sys, weakref, gc
class C:
    def m(self): return sys.getrefcount(self)
c = C()
print(sys.getrefcount(c))
lst = [c, c]
print(sys.getrefcount(c))
d = {"a": c}
print(sys.getrefcount(c), c.m())
bm = c.m
print(sys.getrefcount(c))
del bm
t = (c,)
print(sys.getrefcount(c))
def f(x):
    return sys.getrefcount(x)
print(f(c))
def g(*args):
    return sys.getrefcount(args[0])
print(g(c))
def h(**kw):
    return sys.getrefcount(kw["k"])
print(h(k=c))
print(sys.getrefcount(C))
w = weakref.ref(c)
print(sys.getrefcount(c))
p = weakref.proxy(c)
print(sys.getrefcount(c))
gen = (x for x in [c])
print(sys.getrefcount(c))
it = iter(lst)
print(sys.getrefcount(lst))
cl = lambda: c
print(sys.getrefcount(c))
def outer():
    o = C()
    def inner(): return o
    return inner, sys.getrefcount(o)
print(outer()[1])
class K:
    attr = C()
print(sys.getrefcount(K.attr))
inst = C()
inst.me = inst
print(sys.getrefcount(inst))
s = {1, 2}
print(sys.getrefcount(s))
for x in [C()]:
    print(sys.getrefcount(x))
print(sys.getrefcount(C()))
a = b = C()
print(sys.getrefcount(a))
ns = [C() for _ in range(2)]
print([sys.getrefcount(n) for n in ns])
print(sys.getrefcount(f))
e = None
try:
    raise ValueError(c)
except ValueError as ex:
    print(sys.getrefcount(ex), sys.getrefcount(c))
print(sys.getrefcount(c))
print(sys.getrefcount(c.m))
bm2 = c.m
print(sys.getrefcount(bm2))
with open(__file__) as fh:
    print(sys.getrefcount(fh))
