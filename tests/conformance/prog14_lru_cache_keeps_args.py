import functools
import gc
import weakref

class Request:
    def __init__(self, rid):
        self.rid = rid
    def __hash__(self):
        return hash(self.rid)
    def __eq__(self, other):
        return isinstance(other, Request) and self.rid == other.rid
    def __del__(self):
        print(f"Request {self.rid} freed")

@functools.lru_cache(maxsize=3)
def handle(req):
    return f"handled {req.rid}"

reqs = [Request(i) for i in range(5)]
refs = [weakref.ref(r) for r in reqs]
for r in reqs:
    print(handle(r))
print(handle.cache_info())
print(handle(reqs[4]))
print(handle.cache_info())
del reqs
print("list dropped; alive:", [r() is not None for r in refs])
handle.cache_clear()
print("after clear; alive:", [r() is not None for r in refs])
print(handle.cache_info())

class Service:
    def __init__(self, name):
        self.name = name
    @functools.lru_cache(maxsize=None)
    def compute(self, x):
        return x * 2
    def __del__(self):
        print(f"Service {self.name} freed")

s = Service("svc")
print(s.compute(4), s.compute(4))
print(Service.compute.cache_info())
del s
print("service deleted? no, cache holds self")
Service.compute.cache_clear()
print("after cache_clear")

@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
print(fib.__wrapped__(10))
print(handle.__name__, handle.cache_parameters())
