# A finalizer is a weakref callback, so it takes its place among the object's
# other callbacks: on death they all run newest-registered first, after __del__.
# CPython: Lib/weakref.py finalize (info.weakref = ref(obj, self)),
#   weakrefobject.c PyObject_ClearWeakRefs.
import gc
import weakref

gc.disable()


class Obj:
    def __del__(self):
        print("__del__")


def cb(label):
    def callback(r):
        print("weakref callback", label)
    return callback


o = Obj()
r1 = weakref.ref(o, cb("r1 (oldest)"))
f = weakref.finalize(o, print, "finalizer (middle)")
r2 = weakref.ref(o, cb("r2 (newest)"))
print("weakrefs on o:", weakref.getweakrefcount(o))
del o
print("finalizer alive:", f.alive)
