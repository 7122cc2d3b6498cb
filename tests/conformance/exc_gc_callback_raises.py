# A gc.callbacks function that raises is reported on stderr and ignored: the
# collection still runs and the other gc callbacks are still called.
# CPython: gcmodule.c invoke_gc_callback.
import gc

gc.disable()


class Obj:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("  __del__ during the collection")


def bad(phase, info):
    print("bad callback", phase)
    raise ValueError("gc callback failed")


def good(phase, info):
    print("good callback", phase)


gc.callbacks.append(bad)
gc.callbacks.append(good)
o = Obj()
del o
gc.collect()
gc.callbacks.remove(bad)
gc.callbacks.remove(good)
print("end")
