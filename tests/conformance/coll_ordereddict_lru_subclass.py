# An LRU cache written as an OrderedDict subclass (the common recipe):
# move_to_end on every hit, popitem(last=False) evicting the oldest; the
# evicted values die at once, the survivors die in insertion order when the
# cache goes. Also OrderedDict's methods reach the subclass's __setitem__,
# __getitem__ and __delitem__ (update, setdefault, copy, pop) as in C.
from collections import OrderedDict
import weakref

class Blob:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Blob({self.name})"
    def __del__(self):
        print("  free", self.name)

class LRU(OrderedDict):
    def __init__(self, capacity, *args, **kwargs):
        self.capacity = capacity
        super().__init__(*args, **kwargs)

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        print("  set", key)
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.capacity:
            oldest, evicted = self.popitem(last=False)
            print("  evict", oldest, evicted)

    def __delitem__(self, key):
        print("  delitem", key)
        super().__delitem__(key)

cache = LRU(3)
for name in "abc":
    cache[name] = Blob(name)
watch = weakref.ref(cache["a"])
print(list(cache))
cache["d"] = Blob("d")
print(list(cache), watch() is not None)
cache["c"] = Blob("c2")
print(list(cache.items()))
print("update")
cache.update({"e": Blob("e")}, f=Blob("f"))
print(list(cache))
print("setdefault", cache.setdefault("g", Blob("g")), cache.setdefault("g", "unused"))
print("pop", cache.pop("f"))
print(cache)
try:
    cache.copy()
except TypeError as e:
    print("copy:", e)

class Plain(OrderedDict):
    def __setitem__(self, key, value):
        print("  plain set", key)
        super().__setitem__(key, value)

p = Plain(x=Blob("x"))
p.update([("y", Blob("y"))])
p.move_to_end("x")
cp = p.copy()
print("copy", type(cp).__name__, list(cp), cp == p, p.__dict__)
print("popitem", p.popitem(last=False), p.pop("x", None))
del p, cp
print("drop cache")
del cache
print("end")
