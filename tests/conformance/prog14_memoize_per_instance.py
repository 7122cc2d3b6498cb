import weakref
import functools
import gc
gc.disable()  # cycles die at the collections the program asks for (or at exit)

def memoize_per_instance(method):
    cache = weakref.WeakKeyDictionary()
    @functools.wraps(method)
    def wrapper(self, *args):
        per = cache.setdefault(self, {})
        if args not in per:
            per[args] = method(self, *args)
            print(f"  computed {method.__name__}{args} for {self.name}")
        return per[args]
    wrapper.cache = cache
    return wrapper

class Matrix:
    def __init__(self, name, n):
        self.name = name
        self.n = n
    @memoize_per_instance
    def power(self, k):
        return self.n ** k
    def __del__(self):
        print("Matrix del", self.name)

m1 = Matrix("m1", 2)
m2 = Matrix("m2", 3)
print(m1.power(10), m1.power(10), m2.power(2))
print(Matrix.power.__name__, Matrix.power.__wrapped__.__name__, len(Matrix.power.cache))
del m1
print("entries", len(Matrix.power.cache))
m3 = Matrix("m3", 4)
m3.power(1)
m3.selfish = m3
del m3
print("entries before collect", len(Matrix.power.cache))
gc.collect()
print("entries after collect", len(Matrix.power.cache))
print(Matrix.power.__doc__, Matrix.power.__qualname__)
del m2
print("end", len(Matrix.power.cache))
