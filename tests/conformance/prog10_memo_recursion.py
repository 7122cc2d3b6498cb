"""Memoization strategies compared: dict, lru_cache, weak memo; recursion limits."""
import functools
import sys


def fib_plain(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib_plain(n - 1) + fib_plain(n - 2)
    return memo[n]


@functools.lru_cache(maxsize=32)
def fib_lru(n):
    return n if n < 2 else fib_lru(n - 1) + fib_lru(n - 2)


calls = 0


def counted(fn):
    @functools.wraps(fn)
    def inner(*a):
        global calls
        calls += 1
        return fn(*a)
    return inner


@counted
def fib_slow(n):
    return n if n < 2 else fib_slow(n - 1) + fib_slow(n - 2)


print(fib_plain(90), len(fib_plain.__defaults__[0]))
print(fib_lru(90), fib_lru.cache_info())
print(fib_slow(15), calls)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
try:
    depth(10 ** 5)
except RecursionError as e:
    print("RecursionError:", e)
old = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print(depth(1500))
sys.setrecursionlimit(old)


def ackermann(m, n, cache={}):
    key = (m, n)
    if key in cache:
        return cache[key]
    if m == 0:
        r = n + 1
    elif n == 0:
        r = ackermann(m - 1, 1)
    else:
        r = ackermann(m - 1, ackermann(m, n - 1))
    cache[key] = r
    return r


print(ackermann(2, 3), len(ackermann.__defaults__[0]))
partial_pow = functools.partial(pow, 2)
print([partial_pow(k) for k in range(8)], partial_pow.func is pow, partial_pow.args)
print(functools.reduce(lambda a, b: a * b, range(1, 11)))
