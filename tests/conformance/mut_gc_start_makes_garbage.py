# Garbage made by a gc callback in the "start" phase joins generation 0 before
# the collection merges and scans it, so the same collection frees it.
# CPython: gcmodule.c gc_collect_with_callback (start callbacks before
#   gc_collect_main).
import gc
import weakref

gc.disable()
watch = []


class Obj:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("  __del__", self.name)


def on_gc(phase, info):
    print("gc", phase)
    if phase == "start" and len(watch) == 0:
        o = Obj("made at start")
        watch.append(weakref.ref(o))


gc.callbacks.append(on_gc)
gc.collect()
print("freed by the same collection:", watch[0]() is None)
gc.callbacks.remove(on_gc)
