# A registry metaclass with __len__/__iter__/__getitem__/__instancecheck__, 
# __class_getitem__, __setattr__/__delattr__/__getattr__ proxies, abc 
# abstract methods, match with class patterns and __match_args__, type() 
# with three arguments.
class Registry(type):
    classes = {}
    def __new__(m, name, bases, ns):
        cls = super().__new__(m, name, bases, ns)
        m.classes[name] = cls
        return cls
    def __repr__(cls): return f"<R {cls.__name__}>"
    def __len__(cls): return len(Registry.classes)
    def __iter__(cls): return iter(sorted(Registry.classes))
    def __getitem__(cls, k): return Registry.classes[k]
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__)
        return super().__instancecheck__(inst)
class A(metaclass=Registry): pass
class B(A): pass
print(A, B, len(A), list(A), A["B"], isinstance(B(), A), type(A))
class Tree:
    def __class_getitem__(cls, item):
        return f"Tree[{item.__name__}]"
print(Tree[int])
class Const:
    def __init__(self): object.__setattr__(self, "_d", {})
    def __setattr__(self, k, v):
        if k in self._d: raise AttributeError(f"{k} is constant")
        print("setattr", k)
        self._d[k] = v
    def __getattr__(self, k):
        try:
            return self._d[k]
        except KeyError:
            raise AttributeError(k) from None
    def __delattr__(self, k):
        print("delattr", k)
        del self._d[k]
c = Const()
c.x = 1
print(c.x)
try:
    c.x = 2
except AttributeError as e:
    print(e)
del c.x
try:
    c.x
except AttributeError as e:
    print("AE", e)
class Proxy:
    def __init__(self, target): self._t = target
    def __getattr__(self, n):
        print("delegating", n)
        return getattr(self._t, n)
p = Proxy([3, 1, 2])
p.sort(); print(p._t, p.count(1))
try:
    len(p)
except TypeError as e:
    print(e)
class Abstract:
    def area(self): raise NotImplementedError
class Sq(Abstract):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Abstract().area()
except NotImplementedError as e:
    print("NIE", repr(e))
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print(e)
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0): return "origin"
        case Point(x, 0): return f"x-axis {x}"
        case Point(x=0, y=y): return f"y-axis {y}"
        case Point(x, y) if x == y: return "diag"
        case [Point() as a, *rest]: return f"list starting {a.x} +{len(rest)}"
        case {"x": x, **kw}: return f"dict {x} {kw}"
        case str() | bytes(): return "text"
        case int(n) if n > 100: return "big"
        case _: return "other"
for p in [Point(0,0), Point(3,0), Point(0,4), Point(2,2), [Point(1,1), 2, 3], {"x": 1, "z": 2}, "s", b"b", 500, 5]:
    print(where(p))
class NoMatchArgs:
    def __init__(self): self.a = 1
try:
    match NoMatchArgs():
        case NoMatchArgs(1): pass
except TypeError as e:
    print(e)
print(type.__name__, type(type), object.__class__, A.__mro__)
X = type("X", (A,), {"v": 1, "m": lambda self: self.v + 1})
print(X().m(), X.__name__, X.__module__, X.__qualname__, X.__bases__)
