# os._exit() from a weakref callback run by gc.collect() (cyclic trash):
# with no finalizer, atexit handler or teardown after it.
import os, sys, gc, weakref
class N:
    pass
n = N(); n.me = n
def cb(ref):
    print("callback during collection"); sys.stdout.flush()
    os._exit(7)
r = weakref.ref(n, cb)
del n
gc.collect()
print("after collect (no)")
