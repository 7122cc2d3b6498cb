# A weakref with a callback created inside __del__ still gets its callback:
# on refcount death because the weakrefs are cleared after __del__, and in a
# collection because it was created after the collector cleared the old ones.
# CPython: typeobject.c subtype_dealloc, gcmodule.c
#   handle_weakrefs/finalize_garbage.
import gc
import weakref

gc.disable()
made = []


def late_cb(ref):
    print("  callback of the ref made in __del__")


def early_cb(ref):
    print("  callback of the ref made before death")


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)
        made.append(weakref.ref(self, late_cb))


a = Obj("a")
wa = weakref.ref(a, early_cb)
print("refcount death:")
del a
print("refs made in __del__:", len(made), "| dead:", made[0]() is None)
made.clear()
b = Obj("b")
b.me = b
wb = weakref.ref(b, early_cb)
del b
print("collection:")
gc.collect()
print("after collect, ref made in __del__ dead:", made[0]() is None)
