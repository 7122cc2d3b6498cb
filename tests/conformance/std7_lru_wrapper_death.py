# lru_cache's links are not GC objects in CPython: a bounded cache's
# results die with the wrapper (oldest link first, key before result, after
# the cache dict), not at the next gc.collect(); eviction releases the old
# result, then the old key; hits reorder without touching the dict; a
# wrapper in a cycle through its results is collected with the counts
# python3 reports (no link objects counted).
import functools, gc
class R:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"R({self.n})"
    def __del__(self): print("del R", self.n)
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return hash(self.n)
    def __eq__(self, o): return isinstance(o, K) and o.n == self.n
    def __del__(self): print("del K", self.n)
def make(maxsize):
    @functools.lru_cache(maxsize=maxsize)
    def f(k): return R(k.n)
    return f
f = make(3)
for n in [1, 2, 3, 1, 4, 2, 5]:
    print("call", n, f(K(n)))
print(f.cache_info())
print("dropping wrapper")
del f
print("after del")
g = make(None)
g(K(7)); g(K(8)); g(K(7))
print(g.cache_info())
g.cache_clear()
print("cleared unbounded")
h = make(2)
h(K(9)); h(K(10))
h.cache_clear()
print("cleared bounded", h.cache_info())
gc.collect()
class Holder:
    def __init__(self, name):
        self.name = name
        @functools.lru_cache(maxsize=4)
        def get(x): return (self, x)
        self.get = get
    def __del__(self): print("del holder", self.name)
hd = Holder("h"); hd.get(1); hd.get(2); hd.get(1)
del hd
print("collected", gc.collect())
hu = Holder("u"); hu.get = functools.lru_cache(maxsize=None)(lambda x, s=hu: (s, x)); hu.get(3)
del hu
print("collected", gc.collect())
