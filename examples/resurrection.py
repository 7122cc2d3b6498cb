# PEP 442: a __del__ may resurrect its object, and runs at most once.
import gc
import weakref

gc.disable()
saved = []


class Phoenix:
    def __del__(self):
        print("__del__ runs; saving myself")
        saved.append(self)


p = Phoenix()
w = weakref.ref(p, lambda r: print("callback: Phoenix is finally gone"))
del p
print("resurrected:", w() is not None, "finalized:", gc.is_finalized(saved[0]))
saved.clear()
print("second death: no second __del__")
