# A __del__ (refcount death) that makes its object part of a new cycle
# resurrects it: weakrefs stay alive, no callback yet. The cycle collector later
# frees it, runs the callback, and does not call __del__ again.
# CPython: object.c PyObject_CallFinalizerFromDealloc (resurrection), gcmodule.c
#   finalize_garbage.
import gc
import weakref

gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name, "creates a self-cycle")
        self.me = self


o = Obj("o")
w = weakref.ref(o, lambda r: print("callback: o is really gone"))
del o
print("after del: w() alive:", w() is not None, "| finalized:", gc.is_finalized(w()))
print("collect")
gc.collect()
print("after collect: w() is None:", w() is None)
