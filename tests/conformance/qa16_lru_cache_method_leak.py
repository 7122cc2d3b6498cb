import functools
import gc
import weakref

class Calculator:
    def __init__(self, name):
        self.name = name

    @functools.lru_cache(maxsize=None)
    def square(self, x):
        return x * x

    def __del__(self):
        print(f"Calculator {self.name} deleted")

c = Calculator("leaky")
r = weakref.ref(c)
print(c.square(4), c.square(4), c.square(5))
print(Calculator.square.cache_info())
del c
gc.collect()
print("alive after del:", r() is not None)
Calculator.square.cache_clear()
print("alive after cache_clear:", r() is not None)

@functools.lru_cache(maxsize=2)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(20))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@functools.cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact.cache_info())
print(fib.__name__, fib.__wrapped__.__name__)
