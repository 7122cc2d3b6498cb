# The callback is not checked when the ref is made: ref(obj, 5) is accepted,
# and only when obj dies does calling 5 fail (reported on stderr, ignored).
# CPython: weakrefobject.c handle_callback.
import gc
import weakref

gc.disable()


class Obj:
    pass


o = Obj()
r = weakref.ref(o, 5)
print("created, __callback__ is", r.__callback__)
print("deleting o")
del o
print("still running, r() is None:", r() is None)
t = weakref.ref(Obj(), "not a function")
print("temporary died at once:", t() is None)
