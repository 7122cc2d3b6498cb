# At exit only finalizers that are still alive and have atexit=True run,
# newest first; a finalizer registered while the exit finalizers run is run
# too; called, detached or atexit=False finalizers do not run.
# CPython: Lib/weakref.py finalize._exitfunc, finalize.atexit.
import gc
import weakref

gc.disable()


class Res:
    def __init__(self, name):
        self.name = name


def bye(label):
    print("finalizer:", label)


def spawn():
    print("finalizer: spawner registers one more")
    weakref.finalize(keeper, bye, "registered during exit")


keeper = Res("keeper")
weakref.finalize(keeper, bye, "first")
called = weakref.finalize(keeper, bye, "called early")
detached = weakref.finalize(keeper, bye, "detached")
off = weakref.finalize(keeper, bye, "atexit off")
weakref.finalize(keeper, spawn)
weakref.finalize(keeper, bye, "last")
called()
detached.detach()
off.atexit = False
print("atexit flags:", called.atexit, off.atexit, "| alive:", called.alive, detached.alive, off.alive)
print("end of script")
