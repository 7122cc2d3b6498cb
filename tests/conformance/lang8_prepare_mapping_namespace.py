# A metaclass's __prepare__ may return any mapping, not only a dict: the
# class body's stores, loads and deletes go through its __setitem__,
# __getitem__ and __delitem__ (a KeyError falls back to globals and
# builtins), `except E as e` ends with `e = None; del e` through it, and
# type.__new__ still wants a real dict (CPython's TypeError otherwise).
# Dict subclasses and OrderedDict namespaces keep the definition order.
import collections
class LoggingDict(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return LoggingDict()
    def __new__(mcls, name, bases, ns, **kw):
        print(type(ns).__name__, [k for k in ns if not k.startswith("__")])
        return super().__new__(mcls, name, bases, dict(ns))
class A(metaclass=M):
    x = 1
    def f(self): pass
class OM(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return collections.OrderedDict()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls
class B(metaclass=OM):
    z = 1; a = 2; m = 3
print(B.order)
class Recorder:
    def __init__(self): self.data = {}; self.log = []
    def __getitem__(self, k):
        self.log.append(("get", k))
        return self.data[k]
    def __setitem__(self, k, v):
        self.log.append(("set", k)); self.data[k] = v
    def __delitem__(self, k):
        self.log.append(("del", k)); del self.data[k]
class RM(type):
    @classmethod
    def __prepare__(mcls, name, bases): return Recorder()
    def __new__(mcls, name, bases, ns):
        print([e for e in ns.log if not e[1].startswith("__")])
        return super().__new__(mcls, name, bases, ns.data)
class C(metaclass=RM):
    a = 1
    b = a + 1
    del a
    try:
        print(zzz)
    except NameError as e:
        print("NameError", e)
    def meth(self): return b
print(C.b, hasattr(C, "a"))
class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases): return 42
try:
    class D(metaclass=BadPrep): pass
except TypeError as e: print(e)
class NoNew(type):
    @classmethod
    def __prepare__(mcls, name, bases): return Recorder()
try:
    class E(metaclass=NoNew): x = 1
except TypeError as e: print(e)
