# Callback and __del__ order inside a collection follows the collector's list
# order. collect(0) moves survivors reached through a chain C -> B -> A (C held
# from outside) to generation 1 in the order C, B, A (move_unreachable).
# CPython: gcmodule.c move_unreachable, finalize_garbage.
import gc
import weakref

gc.disable()
gc.collect()
log = []
keep = []


class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append("del " + self.name)


def watch(o):
    name = o.name
    keep.append(weakref.ref(o, lambda r: log.append("cb " + name)))


a = N("a")
b = N("b")
c = N("c")
b.ref = a
c.ref = b
root = c
del a, b, c
gc.collect(0)
print("generation 1 order:", [x.name for x in gc.get_objects(1) if isinstance(x, N)])
root.ref.ref.ref = root
watch(root)
watch(root.ref)
watch(root.ref.ref)
del root
gc.collect(1)
print("collection order:", log)
