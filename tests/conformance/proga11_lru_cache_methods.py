"""functools.lru_cache on methods keeps instances alive; fixes with
cached_property, a per-instance cache, and weakref.WeakMethod."""
import functools
import gc
import weakref
import sys

gc.disable()


class Report:
    instances = 0

    def __init__(self, name, rows):
        Report.instances += 1
        self.name = name
        self.rows = rows

    @functools.lru_cache(maxsize=None)
    def total(self):
        print(f"  computing total for {self.name}")
        return sum(self.rows)

    @functools.cached_property
    def average(self):
        print(f"  computing average for {self.name}")
        return sum(self.rows) / len(self.rows)

    def __del__(self):
        Report.instances -= 1
        print(f"  del {self.name}")

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Report) and other.name == self.name


r = Report("q1", [1, 2, 3])
print(r.total(), r.total())
print(Report.total.cache_info())
print(r.average, r.average, "average" in vars(r))
wr = weakref.ref(r)
del r
print("alive (lru_cache holds it):", wr() is not None, Report.instances)
Report.total.cache_clear()
print("alive after cache_clear:", wr() is not None, Report.instances)

print("== equal instances share cache entries")
a = Report("same", [10])
b = Report("same", [20])
print(a.total(), b.total())
print(Report.total.cache_info().hits)
del a, b
Report.total.cache_clear()

print("== per-instance cache through a closure")
class Better:
    def __init__(self, name):
        self.name = name
        self.total = functools.lru_cache(maxsize=4)(self._total)

    def _total(self, n):
        return n * 2

    def __del__(self):
        print(f"  del Better({self.name})")

x = Better("x")
print(x.total(3), x.total(3), x.total.cache_info())
wx = weakref.ref(x)
del x
print("needs collect (bound method cycle):", wx() is not None)
print("collected:", gc.collect() > 0, wx() is None)

print("== cache_parameters and wrapped")
print(Report.total.cache_parameters())
print(Report.total.__wrapped__.__name__, Report.total.__name__)

print("== lru_cache with typed and maxsize")
@functools.lru_cache(maxsize=2, typed=True)
def square(x):
    print("  square", repr(x))
    return x * x

print(square(2), square(2.0), square(2))
print(square(3))
print(square(2))
print(square.cache_info())
print("== cached_property errors")
class NoDict:
    __slots__ = ("v",)

    @functools.cached_property
    def val(self):
        return 1

try:
    NoDict().val
except TypeError as e:
    print("TypeError:", e)

class Twice:
    @functools.cached_property
    def a(self):
        return 1
try:
    Twice.b = Twice.a
    class Other:
        b = Twice.__dict__["a"]
except TypeError as e:
    print("TypeError:", e)
except RuntimeError as e:
    print("RuntimeError:", type(e.__cause__).__name__, e.__cause__)
print("end", Report.instances)
