# Objects python3 made before the program's first statement do not count
# when gclab makes them on demand: the slot wrappers, method descriptors and
# getset descriptors of builtin types (int.__index__ read by the first
# itertools.count()), and functools's CacheInfo class (made at the first
# cache_info() call): each first use counts what python3's does.
import functools
import gc
import itertools

gc.collect()
a = gc.get_count()
x = itertools.count()
b = gc.get_count()
print('first itertools.count()', b[0] - a[0], x)

gc.collect()
a = gc.get_count()
found = hasattr(float, '__float__'), hasattr(complex, '__complex__')
b = gc.get_count()
print('hasattr of slot wrappers', b[0] - a[0], found)

gc.collect()
a = gc.get_count()
d = bytes.__dict__['hex'], int.__dict__['real'], dict.__dict__['fromkeys']
b = gc.get_count()
print('descriptors of builtin types', b[0] - a[0], [type(v).__name__ for v in d])


@functools.lru_cache(maxsize=8)
def square(n):
    return n * n


square(3)
square(3)
gc.collect()
a = gc.get_count()
info = square.cache_info()
b = gc.get_count()
print('first cache_info()', b[0] - a[0], info)
gc.collect()
a = gc.get_count()
info = square.cache_info()
b = gc.get_count()
print('second cache_info()', b[0] - a[0], info, type(info).__name__)
