# A finalizer that raises: at run time the error is reported on stderr and
# ignored (the finalizer is dead afterwards); at exit it is reported and the
# remaining exit finalizers still run. The exit status stays 0.
# CPython: Lib/weakref.py finalize.__call__ and _exitfunc (sys.excepthook).
import gc
import weakref

gc.disable()


class Res:
    pass


def boom(label):
    print("finalizer", label, "raises")
    raise ValueError(label)


def bye(label):
    print("finalizer", label)


r = Res()
f = weakref.finalize(r, boom, "at run time")
del r
print("after death: alive", f.alive)
keep = Res()
weakref.finalize(keep, bye, "exit 1 (runs last)")
weakref.finalize(keep, boom, "exit 2")
weakref.finalize(keep, bye, "exit 3 (runs first)")
print("end of script")
