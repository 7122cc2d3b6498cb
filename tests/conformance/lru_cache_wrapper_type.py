# functools.lru_cache returns a functools._lru_cache_wrapper: its type,
# cache_info/cache_clear/cache_parameters, __wrapped__ and the attributes
# update_wrapper copies into its __dict__, binding as a method, copy and
# deepcopy returning it, weak references, the exact TypeErrors; and the
# cache keeping arguments and results alive until cache_clear().
import copy
import functools
import gc
import weakref

@functools.lru_cache(maxsize=2)
def double(x):
    "Double it."
    return x * 2

t = type(double)
print(t, t.__name__, t.__qualname__, t.__module__, isinstance(double, functools._lru_cache_wrapper))
print(double.__name__, double.__qualname__, double.__doc__, double.__module__, double.__wrapped__.__name__)
print(double.cache_parameters(), double(1), double(1), double(2), double(3), double.cache_info())
print(sorted(double.__dict__))
double.cache_clear()
print(double.cache_info())
print(copy.copy(double) is double, copy.deepcopy(double) is double, weakref.ref(double)() is double)

@functools.cache
def ident(x):
    return x
print(type(ident).__name__, ident.cache_parameters(), ident(5), ident.cache_info())

@functools.lru_cache(maxsize=0)
def nocache(x):
    return x
print(nocache(1), nocache(1), nocache.cache_info())

@functools.lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed.cache_info())

for src in ("double.cache_info(1)", "double.cache_clear(1, 2)", "functools.lru_cache(maxsize='x')",
            "functools.lru_cache(3)(5)", "double(1, 2)", "double([1])"):
    try:
        print(src, eval(src))
    except TypeError as e:
        print(src, "TypeError:", e)

class Shape:
    def __init__(self, n):
        self.n = n
    @functools.lru_cache
    def area(self, scale):
        return self.n * scale
    def __del__(self):
        print("del Shape", self.n)
s = Shape(3)
print(s.area(2), s.area(2), Shape.area.cache_info(), type(Shape.area).__name__, type(s.area).__name__)
print(Shape.area is Shape.__dict__["area"], s.area.__self__ is s)
del s
gc.collect()
print("Shape still cached")
Shape.area.cache_clear()
print("after cache_clear")

class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        return self.name == other.name
    def __del__(self):
        print("del key", self.name)

@functools.lru_cache(maxsize=2)
def lookup(k):
    return k.name.upper()
print(lookup(Key("a")), lookup(Key("b")))
print("evict a:")
print(lookup(Key("c")))
print("clear:")
lookup.cache_clear()
print("done")
