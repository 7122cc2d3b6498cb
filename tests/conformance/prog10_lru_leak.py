"""functools.lru_cache keeps arguments and results alive."""
import functools
import gc
import weakref


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k

    def __repr__(self):
        return f"Key({self.k})"

    def __del__(self):
        print(f"  Key({self.k}) freed")


class Result:
    def __init__(self, v):
        self.v = v

    def __del__(self):
        print(f"  Result({self.v}) freed")


@functools.lru_cache(maxsize=2)
def compute(key):
    print(f"  computing {key}")
    return Result(key.k * 10)


r1 = compute(Key(1))
r1b = compute(Key(1))
print(r1 is r1b, compute.cache_info())
compute(Key(2))
print("adding a third evicts the oldest")
compute(Key(3))
print(compute.cache_info())
del r1, r1b
print("dropping our refs to result 1")
compute.cache_clear()
print("cleared", compute.cache_info())


class Service:
    def __init__(self, name):
        self.name = name

    @functools.lru_cache(maxsize=None)
    def lookup(self, x):
        return f"{self.name}:{x}"

    def __del__(self):
        print(f"  Service {self.name} freed")


s = Service("svc")
print(s.lookup(1), s.lookup(1), Service.lookup.cache_info().hits)
ref = weakref.ref(s)
del s
print("service still alive via cache:", ref() is not None)
Service.lookup.cache_clear()
print("after cache_clear:", ref() is None)


class Better:
    def __init__(self, name):
        self.name = name

    @functools.cached_property
    def expensive(self):
        print("  computing expensive")
        return len(self.name) * 100

    def __del__(self):
        print(f"  Better {self.name} freed")


b = Better("abc")
print(b.expensive, b.expensive, "expensive" in vars(b))
del b


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(40), fib.cache_info())
print(compute.__wrapped__.__name__, compute.cache_parameters())
typed = functools.lru_cache(typed=True)(lambda x: type(x).__name__)
print(typed(1), typed(1.0), typed.cache_info().currsize)
gc.collect()
print("end")
