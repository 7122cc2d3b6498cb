"""Caches that leak and caches that don't: lru_cache on methods, WeakKeyDictionary, cached_property."""
import gc
import weakref
from functools import lru_cache, cached_property, partial, wraps


class Tracked:
    live = 0

    def __init__(self, name):
        self.name = name
        Tracked.live += 1

    def __del__(self):
        Tracked.live -= 1
        print(f"    freed {self.name}")

    def __repr__(self):
        return f"T({self.name})"


class Service(Tracked):
    @lru_cache(maxsize=4)
    def compute(self, x):
        return x * 2

    @cached_property
    def expensive(self):
        print(f"    computing expensive for {self.name}")
        return [self.name] * 3


print("== lru_cache on a method keeps self alive")
s = Service("svc")
s.compute(1); s.compute(2)
print("  info:", Service.compute.cache_info())
del s
gc.collect()
print("  live after del:", Tracked.live)
Service.compute.cache_clear()
print("  live after cache_clear:", Tracked.live)

print("== cached_property lives in the instance dict")
s2 = Service("svc2")
print(" ", s2.expensive, s2.expensive is s2.expensive, "expensive" in vars(s2))
del s2.expensive
print(" ", s2.expensive)
del s2

print("== weak-keyed memo")
memo = weakref.WeakKeyDictionary()


def area(shape):
    try:
        return memo[shape]
    except KeyError:
        print(f"    computing area of {shape.name}")
        memo[shape] = result = len(shape.name) * 10
        return result


a, b = Tracked("a"), Tracked("bb")
print(" ", area(a), area(b), area(a), len(memo))
del a
print("  memo size:", len(memo))

print("== lru_cache with unhashable / typed")


@lru_cache(maxsize=2, typed=True)
def square(x):
    print(f"    miss {x!r}")
    return x * x


for v in [2, 2.0, 2, 3, 4, 2]:
    square(v)
print(" ", square.cache_info())
try:
    square([1])
except TypeError as e:
    print("  TypeError:", e)
print(" ", square.__wrapped__(5), square.cache_parameters())

print("== closure + partial cycles")


def make_handler(owner):
    def handler(event):
        return f"{owner.name} got {event}"
    owner.handler = handler
    return handler


o = Tracked("owner")
h = make_handler(o)
p = partial(h, "click")
o.again = p
print(" ", p())
del o, h, p
print("  before collect live:", Tracked.live)
print("  collected:", gc.collect() > 0)
print("  after collect live:", Tracked.live)

print("== decorator keeping a registry")
REGISTRY = []


def register(fn):
    REGISTRY.append(fn)

    @wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner


@register
def job(x):
    return x


print(" ", job.__name__, REGISTRY[0] is job.__wrapped__, job(3))
print("end, live:", Tracked.live)
