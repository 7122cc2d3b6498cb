# sys.getrefcount matches CPython 3.11 for the objects a scenario makes: the argument itself
# holds one reference (the evaluation stack), locals, containers, bound methods and frames the rest.
import sys, weakref, gc
class C:
    def m(self):
        return sys.getrefcount(self)
c = C()
print(sys.getrefcount(c))
l = [c, c]
print(sys.getrefcount(c))
d = {"a": c, c: 1}
print(sys.getrefcount(c))
def f(x):
    y = x
    return sys.getrefcount(x)
print(f(c))
print(c.m())
bm = c.m
print(sys.getrefcount(c), sys.getrefcount(bm))
r = weakref.ref(c)
print(sys.getrefcount(c), sys.getrefcount(r))
p = weakref.proxy(c)
print(sys.getrefcount(c))
print(sys.getrefcount(C()))
print(sys.getrefcount([]))
t = (c,)
print(sys.getrefcount(c), sys.getrefcount(t))
print(sys.getrefcount(*[c]))
print([sys.getrefcount(x) for x in [c]])
for x in l:
    print(sys.getrefcount(x))
def g():
    return sys.getrefcount(g)
print(g())
print(sys.getrefcount(f))
lam = lambda: 0
print(sys.getrefcount(lam))
s = {c}
print(sys.getrefcount(c))
del l, d, bm, t, s, x
print(sys.getrefcount(c))
