# Builtin subclass instances in weak containers: list and dict subclasses
# as WeakValueDictionary values and WeakSet members (hashable by identity
# when the class restores object.__hash__), entries vanishing when the
# instances die, and a set subclass as a WeakKeyDictionary key.
import gc
import weakref

class Row(list):
    __hash__ = object.__hash__

class Record(dict):
    __hash__ = object.__hash__

class Group(set):
    __hash__ = object.__hash__

cache = weakref.WeakValueDictionary()
r1 = Row([1, 2])
r2 = Row([3])
cache["a"] = r1
cache["b"] = r2
print(sorted(cache.keys()), cache["a"])
del r1
print(sorted(cache.keys()))

members = weakref.WeakSet()
rec = Record(id=7)
members.add(rec)
members.add(r2)
print(len(members), rec in members)
del rec
print(len(members))

meta = weakref.WeakKeyDictionary()
g = Group([1, 2])
meta[g] = "group"
print(list(meta.values()), len(meta))
g.self = g
del g
print(len(meta))
gc.collect()
print(len(meta))
r2 = None
print(len(members), len(cache))
