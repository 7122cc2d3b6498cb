# A weak-key memoising decorator (functools.wraps) against lru_cache keeping its
# argument alive until cache_clear().
import weakref, functools, gc

def weak_memoize(fn):
    cache = weakref.WeakKeyDictionary()
    @functools.wraps(fn)
    def wrapper(obj):
        try:
            return cache[obj]
        except KeyError:
            result = cache[obj] = fn(obj)
            return result
    wrapper.cache = cache
    return wrapper

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __del__(self):
        print("del Matrix", self.rows)

@weak_memoize
def trace(m):
    print("  computing trace of", m.rows)
    return sum(m.rows[i][i] for i in range(len(m.rows)))

m1 = Matrix([[1, 2], [3, 4]])
m2 = Matrix([[5, 0], [0, 5]])
print(trace(m1), trace(m1), trace(m2))
print(trace.__name__, trace.__wrapped__.__name__, len(trace.cache))
del m1
print(len(trace.cache))

@functools.lru_cache(maxsize=None)
def det(m):
    print("  computing det of", m.rows)
    (a, b), (c, d) = m.rows
    return a * d - b * c
print(det(m2), det(m2))
del m2
print("m2 kept by lru_cache:", det.cache_info().currsize)
det.cache_clear()
print("end")
