# functools caches: what lru_cache keeps alive, cache_info, cache_clear
import functools, gc, weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        return isinstance(other, Key) and other.name == self.name
    def __repr__(self):
        return f"Key({self.name!r})"
    def __del__(self):
        print("del key", self.name)

class Result:
    def __init__(self, v):
        self.v = v
    def __del__(self):
        print("del result", self.v)

@functools.lru_cache(maxsize=2)
def compute(k):
    print("compute", k)
    return Result(k.name.upper())

a = compute(Key("a"))
b = compute(Key("b"))
print(compute.cache_info())
info = compute.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
print(type(info).__name__, info._fields)
print(tuple(info))
compute(Key("a"))
print(compute.cache_info())
del a, b
print("evict")
compute(Key("c"))
print(compute.cache_info())
print("clear")
compute.cache_clear()
print(compute.cache_info())

@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
print(fib.cache_parameters())
print(compute.__wrapped__.__name__, compute.__name__)

@functools.lru_cache(typed=True)
def ident(x):
    return x
ident(1); ident(1.0); ident(True)
print(ident.cache_info())

def square(x):
    return x * x
sq = functools.partial(square)
print(sq(4), repr(functools.partial(square, 3))[:30])
p = functools.partial(print, "p:", sep="|")
p("x", "y")
print(p.func is print, p.args, p.keywords)

class Holder:
    def __init__(self):
        self.cb = functools.partial(self.go, 1)
    def go(self, x):
        return x
    def __del__(self):
        print("del holder")
h = Holder()
r = weakref.ref(h)
del h
print("alive after del:", r() is not None)
print("collected", gc.collect())
print("alive after collect:", r() is not None)
print(functools.reduce(lambda x, y: x * y, range(1, 6)))
print(functools.reduce(lambda x, y: x + y, [], 10))
try:
    functools.reduce(lambda x, y: x + y, [])
except TypeError as e:
    print("TypeError", e)
print("end")
