# functools as programs use it: lru_cache keeping results alive until
# cache_clear (with __del__ order), partial and nested partial, wraps
# metadata, total_ordering, cached_property set/delete/recompute,
# singledispatch by annotation and by type, reduce (and its empty
# TypeError), cache, cmp_to_key.
import functools, gc, weakref

class Node:
    def __init__(self, name): self.name = name
    def __repr__(self): return f"Node({self.name!r})"
    def __del__(self): print("del", self.name)

@functools.lru_cache(maxsize=2)
def build(name):
    return Node(name)

a = build("a"); b = build("b"); build("a"); c = build("c")
print(build.cache_info())
del a, b, c
print("clearing")
build.cache_clear()
print(build.cache_info())

def power(base, exp): return base ** exp
sq = functools.partial(power, exp=2)
print(sq(5), sq.func.__name__, sq.args, sq.keywords, repr(sq)[:30])
p2 = functools.partial(sq, 3)
print(p2(), p2.args, p2.keywords)

def deco(f):
    @functools.wraps(f)
    def inner(*a, **k):
        "inner doc"
        return f(*a, **k)
    return inner

@deco
def hello(x: int) -> str:
    "Say hello."
    return f"hello {x}"
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__annotations__, hello(3))

@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(2) > V(2), sorted([V(3), V(1), V(2)], key=lambda x: x.v)[0].v)

class Circle:
    def __init__(self, r): self.r = r
    @functools.cached_property
    def area(self):
        print("computing")
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, 'area' in c.__dict__)
del c.area
print(c.area)

@functools.singledispatch
def show(x): return f"obj {x!r}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list of {len(x)}"
print(show(1), show([1,2]), show("s"), show(True))
print(functools.reduce(lambda a, b: a * b, range(1, 7)))
print(functools.reduce(lambda a, b: a + b, [], 10))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError", e)

@functools.cache
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(30), fib.cache_info())
print(type(functools.cmp_to_key(lambda a, b: b - a)).__name__)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
