# types, operator and functools as programs use them: SimpleNamespace (repr,
# recursion, its weakref error naming 'types.SimpleNamespace'),
# MappingProxyType, MethodType, the getters' reprs and argument errors,
# singledispatch(method), cached_property, total_ordering, wraps, partial,
# and sys (exc_info, argv, recursion limit).
import types, weakref, operator, functools, sys
ns = types.SimpleNamespace(a=1, b=[2])
print(ns, ns == types.SimpleNamespace(a=1, b=[2]), repr(types.SimpleNamespace()))
try:
    weakref.ref(ns)
except TypeError as e:
    print("TypeError", e)
ns.c = ns
print(ns)
mp = types.MappingProxyType({"x": 1})
print(mp, mp["x"], len(mp), list(mp), "x" in mp, mp.get("y", 0), type(mp).__name__)
try:
    mp["y"] = 2
except TypeError as e:
    print("TypeError", e)
class C:
    def m(self): return "m"
c = C()
bm = types.MethodType(C.m, c)
print(bm(), type(bm) is types.MethodType, isinstance(C.m, types.FunctionType), types.FunctionType.__name__)
print(operator.attrgetter("a.b", "c"), operator.itemgetter(1, "k"), operator.methodcaller("f", 1, k=2))
print(repr(operator.itemgetter(0)), repr(operator.attrgetter("x")), repr(operator.methodcaller("strip")))
print(operator.itemgetter(0, 2)("abc"), operator.attrgetter("real", "imag")(3+4j), operator.methodcaller("split", ",")("a,b"))
try:
    operator.attrgetter(1)
except TypeError as e:
    print("TypeError", e)
try:
    operator.methodcaller()
except TypeError as e:
    print("TypeError", e)
@functools.singledispatch
def show(x):
    return f"obj {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return f"list {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True), show.dispatch(float).__name__, sorted(k.__name__ for k in show.registry))
class Shape:
    @functools.singledispatchmethod
    def area(self, arg):
        raise NotImplementedError
    @area.register
    def _(self, arg: int):
        return arg * arg
print(Shape().area(3))
class Lazy:
    def __init__(self): self.calls = 0
    @functools.cached_property
    def value(self):
        self.calls += 1
        return [self.calls]
l = Lazy()
print(l.value, l.value, l.calls, "value" in vars(l))
del l.value
print(l.value, l.calls)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2))
try:
    @functools.total_ordering
    class NoOrd: pass
except ValueError as e:
    print("ValueError", e)
def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper
@deco
def documented(x: int) -> int:
    "Doc here."
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__annotations__, documented.__qualname__)
p = functools.partial(max, 1, key=abs)
print(repr(p)[:30], p(-5), functools.partial(p, 2).args)
print(sys.getrefcount(object()) >= 1, sys.argv[0].endswith("types_functools_operator_tour.py"), sys.exc_info(), len(sys.argv))
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_lineno)
print(sys.getrecursionlimit()); sys.setrecursionlimit(200); print(sys.getrecursionlimit())
def rec(n): return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("RecursionError", e)
print("modules", "functools" in sys.modules, type(sys.modules).__name__)
