# A CPython 3.11 surprise: len() of a WeakValueDictionary commits queued
# removals even while an iterator is suspended, which changes the underlying
# dict, so resuming that iterator raises RuntimeError.
# CPython: Lib/weakref.py WeakValueDictionary.__len__ (_commit_removals).
import gc
import weakref

gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name


objs = [Obj("a"), Obj("b"), Obj("c")]
d = weakref.WeakValueDictionary()
for o in objs:
    d[o.name] = o
del o
it = iter(d.items())
k, v = next(it)
print("first item:", k, v.name)
del v
objs.pop()
print("len(d):", len(d))
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
print("keys now:", list(d.keys()))
