# A full collection scans the generations merged as [gen2][gen0][gen1], so
# trash from generation 2 is handled first, then generation 0, then 1.
# CPython: gcmodule.c gc_collect_main (gc_list_merge of younger generations).
import gc
import weakref

gc.disable()
gc.collect()
log = []
keep = []


class N:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        log.append("del " + self.name)


def watch(o):
    name = o.name
    keep.append(weakref.ref(o, lambda r: log.append("cb " + name)))


old = N("gen2")
gc.collect()
middle = N("gen1")
gc.collect(0)
young = N("gen0")
watch(young)
watch(middle)
watch(old)
del old, middle, young
gc.collect(2)
print(log)
