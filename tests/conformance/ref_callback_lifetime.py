# A weakref holds its callback (and whatever the callback closes over) strongly.
# After a refcount death the ref drops the callback right after calling it;
# after a collection the dead ref still holds it (__callback__ stays set).
# CPython: weakrefobject.c clear_weakref (refcount path), _PyWeakref_ClearRef
#   (gc path).
import gc
import weakref

gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def make_cb(label):
    captured = Obj("captured by " + label)

    def cb(r):
        print("callback", label, "sees", captured.name)
    return cb


a = Obj("a")
ra = weakref.ref(a, make_cb("ra"))
print("deleting a")
del a
print("ra.__callback__ is None:", ra.__callback__ is None)
b = Obj("b")
b.me = b
rb = weakref.ref(b, make_cb("rb"))
del b
print("collect")
gc.collect()
print("rb.__callback__ is None:", rb.__callback__ is None)
print("deleting rb")
del rb
print("end")
