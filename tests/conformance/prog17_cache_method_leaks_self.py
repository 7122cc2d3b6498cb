import functools, gc, weakref

class Service:
    def __init__(self, name):
        self.name = name
    @functools.lru_cache(maxsize=None)
    def lookup(self, key):
        return "%s:%s" % (self.name, key)
    def __del__(self):
        print("Service del", self.name)

s = Service("a")
print(s.lookup(1), s.lookup(1))
r = weakref.ref(s)
del s
gc.collect()
print("alive after del (leaked by cache):", r() is not None)
Service.lookup.cache_clear()
print("alive after cache_clear:", r() is not None)

class Better:
    def __init__(self, name):
        self.name = name
        self.lookup = functools.lru_cache(maxsize=None)(self._lookup)
    def _lookup(self, key):
        return key * 2
    def __del__(self):
        print("Better del", self.name)

b = Better("b")
print(b.lookup(4))
print("before collect")
del b
gc.collect()
print("end")
