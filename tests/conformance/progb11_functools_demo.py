from functools import singledispatch, total_ordering, reduce, partial, wraps, lru_cache, cached_property, cmp_to_key, partialmethod, singledispatchmethod
import operator
from decimal import Decimal

@singledispatch
def render(obj):
    return f"<obj {obj!r}>"

@render.register
def _(obj: int):
    return f"<int {obj:#x}>"

@render.register(float)
@render.register(Decimal)
def _(obj):
    return f"<num {obj:.2f}>"

@render.register
def _(obj: list):
    return "[" + ", ".join(render(x) for x in obj) + "]"

@render.register(dict)
def _(obj):
    return "{" + ", ".join(f"{k}: {render(v)}" for k, v in obj.items()) + "}"

print(render(10), render(2.5), render(Decimal("1.234")), render("s"), render([1, 2.0, [3]]), render({"a": True}))
print(render.dispatch(bool).__name__, sorted(t.__name__ for t in render.registry))

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2", "2.0.0", "1.2.3"]]
print(sorted(vs), max(vs), Version("1.2") <= Version("1.2.0"), Version("3") >= Version("2.9"), Version("1") > Version("1"))
print(reduce(operator.mul, range(1, 8)), reduce(lambda a, b: a + [b * 2], [1, 2, 3], []), reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
int2 = partial(int, base=2)
print(int2("1011"), int2.func, int2.args, int2.keywords, partial(pow, 2)(10), repr(partial(max, 1, key=abs))[:30])

def logged(fn):
    @wraps(fn)
    def wrapper(*a, **kw):
        r = fn(*a, **kw)
        print(f"{fn.__name__}{a} -> {r}")
        return r
    return wrapper

@logged
def fib(n):
    """Fibonacci."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib(4)
print(fib.__name__, fib.__doc__, fib.__wrapped__.__name__)

@lru_cache(maxsize=3)
def sq(x):
    print("computing", x)
    return x * x
for x in [1, 2, 1, 3, 4, 1, 2]:
    sq(x)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())

class Data:
    def __init__(self, xs):
        self.xs = xs
    @cached_property
    def total(self):
        print("summing")
        return sum(self.xs)
d = Data([1, 2, 3])
print(d.total, d.total, d.__dict__)
del d.total
print(d.total)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
def cmp(a, b):
    return (a.lower() > b.lower()) - (a.lower() < b.lower()) or (a < b) - (a > b)
print(sorted(words, key=cmp_to_key(cmp)))

class Light:
    def __init__(self): self.state = None
    def set(self, v): self.state = v; return self
    on = partialmethod(set, True)
    off = partialmethod(set, False)
print(Light().on().state, Light().off().state)

class Fmt:
    @singledispatchmethod
    def show(self, x):
        return "other"
    @show.register
    def _(self, x: int):
        return "int"
    @show.register
    def _(self, x: str):
        return "str"
print(Fmt().show(1), Fmt().show("a"), Fmt().show(1.0))
print(list(map(partial(operator.sub, 10), [1, 2])), operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3), operator.methodcaller("upper")("x"))
