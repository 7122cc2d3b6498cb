# An uncaught exception still lets the at-exit finalizers run (after the
# traceback): their output follows the script's own stdout, newest first,
# and the exit status is 1.
# CPython: Lib/weakref.py finalize._exitfunc (registered with atexit).
import gc
import weakref

gc.disable()


class Res:
    def __init__(self, name):
        self.name = name


def close(label):
    print("closing", label)


db = Res("db")
log = Res("log")
weakref.finalize(db, close, "db")
weakref.finalize(log, close, "log")
print("working")
raise RuntimeError("crash")
