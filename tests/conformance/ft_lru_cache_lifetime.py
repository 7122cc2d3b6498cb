# lru_cache keeps every cached argument and result alive until the entry is
# evicted or cache_clear() runs; eviction takes the least recently used entry;
# cache_clear frees the entries oldest first, each key before its result.
from functools import lru_cache

class Arg:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Arg({self.n})"
    def __del__(self):
        print("del", self)

class Result:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del result", self.n)

def compute(a):
    return Result(a.n * 10)

cached = lru_cache(maxsize=2)(compute)
a1 = Arg(1)
cached(a1)
del a1
print("a1 is kept by the cache")
a2, a3 = Arg(2), Arg(3)
cached(a2)
cached(a2)
print(cached.cache_info())
cached(a3)
print("a3's entry evicted the oldest (a1):", cached.cache_info())
del a2, a3
print("clearing")
cached.cache_clear()
print(cached.cache_info())
print("unbounded cache:")
memo = lru_cache(maxsize=None)(compute)
memo(Arg(7))
memo(Arg(8))
memo.cache_clear()
print("end")
