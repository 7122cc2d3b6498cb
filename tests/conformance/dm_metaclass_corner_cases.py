# Metaclass corner cases: a metaclass __new__ returning a non-class, a
# __prepare__ returning a non-mapping (TypeError), a metaclass dropping
# __classcell__ (RuntimeError naming the class), __init_subclass__ raising
# (the class is not bound), super() inside metaclass methods reaching
# type.__repr__/__call__/__getattribute__/__setattr__, and __class__ cells in
# methods and classmethods.
class Meta(type):
    def __new__(m, name, bases, ns):
        cls = super().__new__(m, name, bases, ns)
        return cls if name != "Weird" else 42
try:
    class Weird(metaclass=Meta):
        def f(self): return __class__
except TypeError as e:
    print("TE", e)
print(Weird if "Weird" in dir() else "unbound")
class BadPrep(type):
    @classmethod
    def __prepare__(m, name, bases): return 5
try:
    class X(metaclass=BadPrep): pass
except TypeError as e: print(e)
class M2(type):
    def __new__(m, name, bases, ns):
        ns2 = dict(ns); ns2.pop("__classcell__", None)
        return super().__new__(m, name, bases, ns2)
try:
    class Y(metaclass=M2):
        def g(self): return __class__
except RuntimeError as e: print("RE", e)
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        if kw.get("fail"): raise ValueError("no subclass for you")
        print("ok subclass", cls.__name__)
class Good(Base): pass
try:
    class Bad(Base, fail=True): pass
except ValueError as e: print(e)
print("Bad" in dir())
class Meta3(type):
    def describe(cls): return f"{cls.__name__} via {type(cls).__name__}: {super().__repr__()[:14]}"
class Z(metaclass=Meta3): pass
print(Z.describe())
class WithClassCell:
    def m(self): return __class__
    @classmethod
    def c(cls): return __class__ is cls
print(WithClassCell().m().__name__, WithClassCell.c())
class SubC(WithClassCell): pass
print(SubC().m().__name__, SubC.c())
print(type.__repr__(int))
class M(type):
    def __repr__(cls): return "M:" + super().__repr__()
    def __call__(cls, *a): print("call"); return super().__call__(*a)
    def __getattribute__(cls, n): return super().__getattribute__(n)
    def __setattr__(cls, n, v): print("setattr", n); super().__setattr__(n, v)
class Z(metaclass=M):
    def __init__(s, v): s.v = v
print(repr(Z), Z(3).v)
Z.q = 1
print(Z.q, super(M, Z).__repr__())
