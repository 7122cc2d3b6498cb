# What dunder methods must return and the TypeErrors when they do not
# (__repr__, __str__, __iter__, __index__, __int__, __format__), __setattr__
# writing through self.__dict__, object.__delattr__, __str__ falling back to
# __repr__, __call__, __hash__ = None inherited from an __eq__ class, class
# keywords reaching __init_subclass__ and the metaclass (type() with
# keywords too), object.__init__ refusing arguments, and super().__del__
# (object has none) reported as unraisable.
class Rec:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
    def __setattr__(self, name, value):
        self.__dict__[name] = value
        self.__dict__.setdefault("_order", []).append(name)
    def __delattr__(self, name):
        print("deleting", name)
        object.__delattr__(self, name)
r = Rec(a=1, b=2)
print(r.a, r.b, r._order)
del r.a
print(hasattr(r, "a"), sorted(vars(r)))
class BadRepr:
    def __repr__(self): return 42
class BadStr:
    def __str__(self): return None
class BadIter:
    def __iter__(self): return [1]
class BadIndex:
    def __index__(self): return "3"
class BadInt:
    def __int__(self): return 1.5
class BadFormat:
    def __format__(self, spec): return 5
class NoDel:
    def __del__(self):
        super().__del__()
for f in (lambda: repr(BadRepr()), lambda: str(BadStr()), lambda: iter(BadIter()), lambda: [1][BadIndex()], lambda: int(BadInt()),
          lambda: format(BadFormat(), ""), lambda: f"{BadFormat()}", lambda: int(object()), lambda: object() + 1, lambda: len(object())):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
class StrOnlyRepr:
    def __repr__(self): return "R!"
print(str(StrOnlyRepr()), f"{StrOnlyRepr()}", [StrOnlyRepr()], "%s %r" % (StrOnlyRepr(), StrOnlyRepr()))
class Callable:
    def __call__(self, *a, **k): return (a, k)
print(Callable()(1, x=2), callable(Callable()), callable(Callable))
class Base:
    def __eq__(self, o): return type(self) is type(o)
class Sub(Base):
    pass
print(Sub.__hash__, Base.__hash__)
try:
    hash(Sub())
except TypeError as e:
    print("TypeError:", e)
class Sub2(Base):
    __hash__ = Base.__hash__
print(Sub2.__hash__)
class M(type):
    def __init__(cls, name, bases, ns, **kw):
        print("M.__init__", name, kw)
        super().__init__(name, bases, ns, **kw)
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns, **kw)
class Q(metaclass=M):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Q2(Q, tag=1):
    pass
T = type("T", (Q,), {"v": 1}, tag=2)
print(T.v, type(T).__name__)
class Strict:
    def __init__(self, x):
        super().__init__(x)
try:
    Strict(1)
except TypeError as e:
    print("TypeError:", e)
n = NoDel()
del n
print("end")
