# A __del__ or weakref callback that runs while an exception is propagating
# may raise and catch its own exceptions (or let one escape, which is ignored);
# the original exception continues unchanged.
# CPython: typeobject.c slot_tp_finalize, weakrefobject.c PyObject_ClearWeakRefs
#   (save/restore exception).
import gc
import weakref

gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        try:
            raise KeyError("inner, caught in __del__")
        except KeyError as e:
            print("__del__", self.name, "caught", e)
        raise RuntimeError("escapes __del__, ignored")


def cb(r):
    print("callback runs and raises too")
    raise IndexError("ignored")


def work():
    local = Obj("local")
    w = weakref.ref(local, cb)
    keep.append(w)
    raise ValueError("original")


keep = []
try:
    work()
except ValueError as e:
    print("caught:", type(e).__name__, e)
print("after handler")
try:
    try:
        raise ValueError("from try")
    finally:
        o = Obj("in finally")
        del o
except ValueError as e:
    print("caught:", e)
