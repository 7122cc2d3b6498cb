# A weakref stored on its own referent: on refcount death the callback IS
# called (weakrefs are cleared before the attributes are released); when the
# object is cyclic garbage the weakref is garbage too and its callback is NOT called.
# CPython: typeobject.c subtype_dealloc (ClearWeakRefs before the dict),
#   gcmodule.c handle_weakrefs.
import gc
import weakref

gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name


def make_cb(label):
    def cb(r):
        print("callback for", label)
    return cb


a = Obj("a")
a.wr = weakref.ref(a, make_cb("a"))
print("del a (refcount death)")
del a
b = Obj("b")
b.wr = weakref.ref(b, make_cb("b"))
b.me = b
outside = weakref.ref(b, make_cb("b, outside ref"))
del b
print("collect (b is a self-cycle)")
gc.collect()
print("end")
