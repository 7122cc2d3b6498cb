import functools, gc, weakref

class Arg:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return isinstance(other, Arg) and other.n == self.n
    def __del__(self):
        print("Arg del", self.n)

@functools.lru_cache(maxsize=2)
def compute(a):
    return a.n * 2

print(compute(Arg(1)))
print(compute(Arg(2)))
print("cached", compute.cache_info())
print(compute(Arg(3)))
print("evicted one")
print(compute(Arg(2)), compute.cache_info().hits)
compute.cache_clear()
print("cleared")

@functools.cache
def unbounded(a):
    return a.n
for i in range(3):
    unbounded(Arg(10 + i))
print("size", unbounded.cache_info().currsize)
unbounded.cache_clear()
print("end")
