import weakref

class Symbol:
    _cache = weakref.WeakValueDictionary()
    def __new__(cls, name):
        obj = cls._cache.get(name)
        if obj is None:
            obj = super().__new__(cls)
            obj.name = name
            cls._cache[name] = obj
            print("created", name)
        return obj
    def __del__(self):
        print("Symbol del", self.name)

a = Symbol("x")
b = Symbol("x")
print(a is b, len(Symbol._cache))
del a
print("one ref left")
del b
print("cache", list(Symbol._cache))
c = Symbol("x")
print("recreated", c.name)
syms = [Symbol(n) for n in "pqp"]
print(len(Symbol._cache), syms[0] is syms[2])
del syms
print(sorted(Symbol._cache))
