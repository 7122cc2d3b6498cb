# Reading obj.__dict__ (or vars(obj)) makes the instance's own dict, which
# the instance owns (the dict does not keep the instance alive), and from
# then on the attributes live there: the instance and its dict are two
# objects for the collector. Instances of builtin subclasses and exceptions
# get a real dict at their first attribute.
import gc, sys

gc.collect()

class A:
    def __init__(self, name, **kw):
        self.name = name
        self.__dict__.update(kw)
    def __del__(self):
        print("del", self.name)

a = A("a", x=1, y=[2])
d = a.__dict__
print(d, d is a.__dict__, d is vars(a), sys.getrefcount(a))
del a
print("a deleted; dict kept", d)
del d

b = A("b")
b.me = b
print(vars(b).keys())
del b
print("cycle with materialized dict:", gc.collect())

class Plain:
    pass
p = Plain()
p.me = p
del p
print("cycle with inline values:", gc.collect())

class L(list):
    def __del__(self):
        print("del L", list(self))
l = L([1])
l.tag = "t"
dl = vars(l)
del l
print("after del l", dl)

class E(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
e = E(5)
e.me = e
print(e.__dict__)
del e
print("exception with dict:", gc.collect())

for base in (int, str, tuple, float, dict, set, bytes):
    class Sub(base):
        pass
    s = Sub()
    s.me = s
    del s
    print(base.__name__, "subclass with attribute:", gc.collect())
    del Sub
    gc.collect()

def f():
    pass
f.me = f
del f
print("function with attribute:", gc.collect())

class Counter:
    def __init__(self):
        self.n = 0
c = Counter()
ns = c.__dict__
ns["n"] += 5
c.extra = "x"
print(c.n, ns, list(vars(c)))
del c.n
print(ns, hasattr(c, "n"))
c.__dict__ = {"fresh": 1}
print(vars(c), ns)
