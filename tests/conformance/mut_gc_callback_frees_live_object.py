# A weakref callback run by the collector may drop the last reference to an
# unrelated live object: that object dies by refcount right there, nested in
# the callback phase (its __del__ and callbacks run), before the trash's __del__.
# CPython: gcmodule.c handle_weakrefs (pass 2 calls callbacks), then
# finalize_garbage; typeobject.c subtype_dealloc for the nested death.
import gc
import weakref

gc.disable()
holder = {}


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


def trash_cb(r):
    print("  trash callback: dropping the bystander")
    holder.clear()
    print("  trash callback done")


holder["b"] = Obj("bystander")
wb = weakref.ref(holder["b"], lambda r: print("  bystander callback"))
t = Obj("trash")
t.me = t
wt = weakref.ref(t, trash_cb)
del t
print("collect")
gc.collect()
print("end")
