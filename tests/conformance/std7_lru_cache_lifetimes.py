# lru_cache keeping results alive: eviction order of a bounded cache (the
# evicted result dies at once), cache_clear releasing the rest oldest
# first, a cached method keeping its instance alive until cache_clear,
# cache/fact, typed=True, cache_parameters, a bad maxsize.
import functools, gc, weakref
class Big:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Big({self.n})"
    def __del__(self): print("del Big", self.n)
@functools.lru_cache(maxsize=2)
def load(n):
    return Big(n)
load(1); load(2)
print(load.cache_info())
load(3)
print("evicted oldest?", load.cache_info())
load(2)
load(4)
print(load.cache_info())
load.cache_clear()
print("cleared")
class Service:
    def __init__(self, name): self.name = name
    @functools.lru_cache(maxsize=None)
    def compute(self, x):
        return x * 2
    def __del__(self): print("del service", self.name)
s = Service("s1")
print(s.compute(2), s.compute(2), Service.compute.cache_info())
del s
print("service still cached:", Service.compute.cache_info().currsize)
Service.compute.cache_clear()
print("cache cleared")
@functools.cache
def fact(n): return 1 if n < 2 else n * fact(n - 1)
print(fact(10), fact.cache_info())
print(fact.__wrapped__(5), fact.cache_parameters())
@functools.lru_cache(maxsize=3, typed=True)
def typed(x): return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed.cache_info())
try:
    functools.lru_cache(maxsize="x")
except TypeError as e:
    print("TypeError", e)
