# The order of __del__ and weakref callbacks depends on HOW an object dies.
# Refcount death (Objects/typeobject.c, subtype_dealloc): __del__ first, while
# weakrefs still work; then the callbacks. Cycle collection
# (Modules/gcmodule.c): all weakrefs are cleared and their callbacks run
# first, and only then do the __del__ methods run.
import gc
import weakref

gc.disable()
log = []


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(f"__del__ {self.name} (weakref alive: {self.wr() is not None})")


def watch(o):
    o.wr = weakref.ref(o)
    return weakref.ref(o, lambda r, n=o.name: log.append(f"callback {n}"))


a = Obj("refcounted")
wa = watch(a)
del a
print("refcount death:", log)
log.clear()

b = Obj("cyclic")
wb = watch(b)
b.me = b
del b
gc.collect()
print("cycle collection:", log)
