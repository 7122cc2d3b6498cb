# weakref.WeakSet is Lib/_weakrefset.py's Python class: its objects (the
# instance, its data set of refs, the _remove function with its defaults
# tuple holding a weak reference to the set, the pending-removals list and
# the iterating set) are what a collection counts, and its methods' frames
# are in tracebacks.
import gc
import os
import sys
import traceback
import weakref

gc.disable()


class Item:
    pass


gc.collect()
s = weakref.WeakSet()
s.self = s
keep = Item()
s.add(keep)
del s
print("WeakSet cycle with one member:", gc.collect())

s = weakref.WeakSet()
s.self = s
del s
print("empty WeakSet cycle:", gc.collect())

s = weakref.WeakSet([keep])
print(type(s._remove).__name__, s._remove.__name__, s._remove.__closure__)
selfref = s._remove.__defaults__[0]
print(type(selfref).__name__, selfref() is s)
print(type(s.data).__name__, len(s.data), type(s._pending_removals).__name__, s._iterating)
print(sorted(k for k in vars(s)))
print(s._remove in gc.get_referents(s.__dict__))


def frames(exc):
    return [(f.name, os.path.basename(f.filename)) for f in traceback.extract_tb(exc.__traceback__)]


try:
    s.add([])
except TypeError as e:
    print("add:", e, frames(e)[1:])
try:
    s.update([Item(), {}])
except TypeError as e:
    print("update:", e, frames(e)[1:])
try:
    weakref.WeakSet([1])
except TypeError as e:
    print("init:", e, frames(e)[1:])
try:
    s.remove(Item())
except KeyError as e:
    print("remove:", type(e).__name__, frames(e)[1:])

# Deaths during an iteration wait in _pending_removals.
items = [Item() for i in range(4)]
s = weakref.WeakSet(items)
it = iter(s)
next(it)
del items[:]
print("while iterating:", len(s.data), len(s._pending_removals), len(s))
del it
print("after:", len(s.data), len(s._pending_removals), len(s))
s.add(keep)
print("after add:", len(s.data), len(s._pending_removals), len(s))
