# os._exit() in an atexit handler: the handlers registered before it, the
# finalizers and module teardown never run; the status is os._exit's.
import os, sys, atexit, weakref
class R:
    def __del__(self): print("del R (no)")
r = R()
atexit.register(print, "first registered: runs last (no)")
def bye():
    print("atexit handler exits"); sys.stdout.flush()
    os._exit(6)
atexit.register(bye)
print("main done")
