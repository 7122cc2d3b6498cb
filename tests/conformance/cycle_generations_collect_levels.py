# Each collection moves survivors one generation up. Garbage that already sits
# in generation 1 is ignored by collect(0) and freed by collect(1); garbage in
# generation 2 is ignored by collect(1) and freed only by a full collection.
# CPython: gcmodule.c gc_collect_main (survivors merged into the next
#   generation).
import gc
import weakref

gc.disable()
gc.collect()


class Obj:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("  __del__", self.name)


def gen_of(o):
    for g in [0, 1, 2]:
        if any([x is o for x in gc.get_objects(g)]):
            return g
    return None


old = Obj("old")
gc.collect(0)
gc.collect(1)
mid = Obj("mid")
gc.collect(0)
new = Obj("new")
print("generations:", gen_of(old), gen_of(mid), gen_of(new))
del old, mid, new
print("collect(0)")
gc.collect(0)
print("collect(1)")
gc.collect(1)
print("collect(2)")
gc.collect(2)
print("end")
