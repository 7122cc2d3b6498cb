# functools.lru_cache keeping arguments alive: eviction at maxsize, a method cache
# holding self until cache_clear(), cache_info, functools.cache.
import functools, gc, weakref

class Query:
    def __init__(self, text):
        self.text = text
    def __del__(self):
        print(f"del Query({self.text})")
    def __hash__(self):
        return hash(self.text)
    def __eq__(self, other):
        return isinstance(other, Query) and other.text == self.text

@functools.lru_cache(maxsize=2)
def run(q):
    print(f"running {q.text}")
    return len(q.text)

q1 = Query("select")
r = weakref.ref(q1)
print(run(q1), run(q1))
del q1
print("alive after del:", r() is not None)
print(run.cache_info())
run(Query("insert"))
print("third query evicts the oldest")
run(Query("update"))
print("alive:", r() is not None)
print(run.cache_info())
run.cache_clear()
print("cleared", run.cache_info())

class Service:
    def __init__(self, name):
        self.name = name
    @functools.lru_cache(maxsize=None)
    def lookup(self, key):
        return f"{self.name}:{key}"
    def __del__(self):
        print(f"del Service({self.name})")

s = Service("svc")
print(s.lookup(1), s.lookup(2))
del s
print("service kept by the cache; collect:", gc.collect())
Service.lookup.cache_clear()
print("after cache_clear")

@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
print("end")
