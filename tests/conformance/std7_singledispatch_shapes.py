# functools.singledispatch over dataclass shapes (register by annotation,
# stacked registers for list and tuple, registry, dispatch),
# singledispatchmethod, a wraps-based call logger, function composition
# with reduce and partial, partial of print with keywords and nested
# partials.
from functools import singledispatch, singledispatchmethod, partial, reduce, wraps
from dataclasses import dataclass
import math, operator
@dataclass
class Circle:
    r: float
@dataclass
class Rect:
    w: float
    h: float
@singledispatch
def area(shape):
    raise TypeError(f"unknown shape {type(shape).__name__}")
@area.register
def _(shape: Circle): return round(math.pi * shape.r ** 2, 2)
@area.register
def _(shape: Rect): return shape.w * shape.h
@area.register(list)
@area.register(tuple)
def _(shapes): return round(sum(area(s) for s in shapes), 2)
print(area(Circle(1)), area(Rect(2, 3)), area([Circle(1), Rect(1, 1)]), area((Rect(2, 2),)))
try:
    area("x")
except TypeError as e:
    print("TypeError", e)
print(sorted(k.__name__ for k in area.registry), area.dispatch(Rect).__name__)
class Formatter:
    @singledispatchmethod
    def fmt(self, x): return f"?{x}"
    @fmt.register
    def _(self, x: int): return f"int:{x:03d}"
    @fmt.register
    def _(self, x: float): return f"float:{x:.1f}"
f = Formatter(); print(f.fmt(7), f.fmt(2.25), f.fmt("s"), f.fmt(True))
def log_calls(fn):
    calls = []
    @wraps(fn)
    def inner(*a, **k):
        calls.append((a, tuple(sorted(k.items()))))
        return fn(*a, **k)
    inner.calls = calls
    return inner
@log_calls
def scale(x, factor=2): return x * factor
print(scale(3), scale(4, factor=3), scale.calls, scale.__name__, scale.__wrapped__(1))
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
inc = partial(operator.add, 1); dbl = partial(operator.mul, 2)
print(compose(inc, dbl, inc)(5), list(map(partial(pow, 2), range(5))), partial(int, base=2)("101"))
p = partial(print, "prefix:", sep="|"); p("a", "b")
print(repr(partial(max, key=len))[:25], partial(partial(operator.sub, 10), 3)())
