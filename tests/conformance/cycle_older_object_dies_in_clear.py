# collect(0) only examines generation 0. An object in generation 2 that only
# young trash keeps alive is not part of the collection: it dies by refcount
# while the trash is cleared, after the trash's callbacks and __del__ ran.
# CPython: gcmodule.c delete_garbage, typeobject.c subtype_dealloc.
import gc
import weakref

gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


veteran = Obj("veteran (gen 2)")
wv = weakref.ref(veteran, lambda r: print("callback veteran"))
gc.collect()
young = Obj("young (gen 0)")
young.me = young
young.held = veteran
wy = weakref.ref(young, lambda r: print("callback young"))
del veteran, young
print("collect(0)")
gc.collect(0)
print("both gone:", wv() is None, wy() is None)
