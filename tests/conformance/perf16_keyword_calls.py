# Keyword calls on the slot-binding fast path and off it: defaults and
# keyword-only defaults filled, errors in initialize_locals order, the
# refcounts a frame holds, __defaults__/__kwdefaults__ replaced, one call
# site reaching different functions, deaths of keyword values.
import sys
def f(a, b=0, *, c=1, d):
    return (a, b, c, d)
print(f(1, d=4))
print(f(1, 2, d=4, c=3))
print(f(a=1, d=2))
try:
    f(1, a=2, d=3)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, e=3, d=1)
except TypeError as e:
    print(e)
def g(a, /, b):
    return a, b
try:
    g(a=1, b=2)
except TypeError as e:
    print(e)
print(g(1, b=2))
def h(x, y=[]):
    print(sys.getrefcount(x), sys.getrefcount(y))
o = object()
h(x=o)
h(o, y=o)
class C:
    def m(self, k=0, *, j=5):
        return k + j
c = C()
print(c.m(k=3), c.m(j=1), C.m(c, k=2))
def star(a, **kw):
    return a, sorted(kw)
print(star(a=1, z=2))
for fn in (f, g):
    try:
        print(fn(1, b=2, d=3))
    except TypeError as e:
        print(e)
f.__kwdefaults__ = {}
try:
    f(1, d=3)
except TypeError as e:
    print(e)
f.__defaults__ = ()
try:
    f(1, c=1, d=3)
except TypeError as e:
    print(e)
print(f(1, b=1, c=1, d=3))
def cl(a, b=2):
    def inner():
        return a + b
    return inner()
print(cl(1, b=5), cl(a=2))


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def take(a, b=None, *, c=None):
    print("in take", a.name, b.name if b else None, c.name if c else None)


take(Noisy("a1"), c=Noisy("c1"))
print("after take")
take(b=Noisy("b2"), a=Noisy("a2"))
print("after take 2")
try:
    take(Noisy("a3"), a=Noisy("dup"), c=Noisy("c3"))
except TypeError as e:
    print(e)
try:
    take(Noisy("a4"), x=Noisy("x4"), c=Noisy("c4"))
except TypeError as e:
    print(e)


def one(p, q=1):
    return p * q


def two(q, p=3):
    return p - q


for fn in (one, two, one, two):
    print(fn.__name__, fn(p=2, q=5))
