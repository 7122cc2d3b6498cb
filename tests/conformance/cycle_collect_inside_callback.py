# gc.collect() called from a weakref callback or __del__ that the collector is
# running does nothing (a collection is already in progress): a cycle made
# there survives until the next collection.
# CPython: gcmodule.c gc_collect_main (gcstate->collecting guard).
import gc
import weakref

gc.disable()
made = []


class Obj:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("__del__", self.name)


def cb(r):
    print("callback: making a new cycle and calling gc.collect()")
    fresh = Obj("made in callback")
    made.append(weakref.ref(fresh))
    del fresh
    gc.collect()
    print("callback: new cycle still alive:", made[0]() is not None)


o = Obj("trash")
w = weakref.ref(o, cb)
del o
print("outer collect")
gc.collect()
print("after outer collect, new cycle alive:", made[0]() is not None)
print("second collect")
gc.collect()
print("new cycle alive:", made[0]() is not None)
