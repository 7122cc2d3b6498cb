# With DEBUG_SAVEALL the collector still clears weakrefs, runs callbacks and
# __del__, but then appends the trash to gc.garbage intact instead of clearing
# it; after gc.garbage is emptied and SAVEALL is off, the next collection frees
# the objects without running __del__ again.
# CPython: gcmodule.c delete_garbage (DEBUG_SAVEALL), handle_weakrefs,
#   finalize_garbage.
import gc
import weakref

gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("__del__", self.name)


gc.set_debug(gc.DEBUG_SAVEALL)
o = Obj("saved")
w = weakref.ref(o, lambda r: print("callback, r() is None:", r() is None))
del o
print("collect with SAVEALL")
gc.collect()
kept = [x for x in gc.garbage if isinstance(x, Obj)]
print("in gc.garbage:", [x.name for x in kept], "| intact:", kept[0].me is kept[0])
print("weakref already dead:", w() is None)
wk = weakref.ref(kept[0], lambda r: print("callback of a ref made afterwards"))
del kept
gc.garbage.clear()
gc.set_debug(0)
print("collect without SAVEALL")
gc.collect()
print("garbage empty:", len(gc.garbage) == 0, "| wk() is None:", wk() is None)
