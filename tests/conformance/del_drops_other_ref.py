# On refcount death __del__ runs before the weakrefs are cleared: if __del__
# drops the last reference to one of the weakrefs, that weakref dies first and
# its callback never runs; the other callbacks still run, newest first.
# CPython: typeobject.c subtype_dealloc, weakrefobject.c PyObject_ClearWeakRefs.
import gc
import weakref

gc.disable()
refs = {}


def cb(label):
    def callback(r):
        print("callback", label)
    return callback


class Obj:
    def __del__(self):
        print("__del__ drops refs['second']")
        del refs["second"]


o = Obj()
refs["first"] = weakref.ref(o, cb("first"))
refs["second"] = weakref.ref(o, cb("second"))
refs["third"] = weakref.ref(o, cb("third"))
print("weakrefs before:", weakref.getweakrefcount(o))
del o
print("left:", list(refs.keys()))
