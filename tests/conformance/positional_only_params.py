# Positional-only parameters (/): binding rules and CPython 3.11's messages; the weakref
# docs' ExtendedRef example, whose __init__ takes (ob, callback=None, /, **annotations).
import weakref
def f(a, b, /, c):
    return a, b, c
def g(a, /, **k):
    return a, k
def h(a, b=2, /, c=3, *, d=4):
    return a, b, c, d
lam = lambda x, /: x * 2
def t(fn):
    try:
        print(fn())
    except TypeError as e:
        print("TypeError:", e)
t(lambda: f(1, 2, c=3))
t(lambda: f(1, 2, 3))
t(lambda: f(a=1, b=2, c=3))
t(lambda: f(1, b=2, c=3))
t(lambda: f(1, 2, x=3))
t(lambda: f(1))
t(lambda: g(1, a=2))
t(lambda: g(a=2))
t(lambda: h(1))
t(lambda: h(1, 5, c=6, d=7))
t(lambda: lam(4))
t(lambda: lam(x=4))
class ExtendedRef(weakref.ref):
    def __init__(self, ob, callback=None, /, **annotations):
        super().__init__(ob, callback)
        self.__counter = 0
        for k, v in annotations.items():
            setattr(self, k, v)
    def __call__(self):
        ob = super().__call__()
        if ob is not None:
            self.__counter += 1
            ob = (ob, self.__counter)
        return ob
class C:
    pass
c = C()
r = ExtendedRef(c, None, tag="hello")
print(r.tag, r()[1], r()[1], r()[0] is c)
del c
print(r())
try:
    weakref.ref(C(), foo=1)
except TypeError as e:
    print(e)
