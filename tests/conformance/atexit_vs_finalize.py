# weakref.finalize registers its exit hook with atexit when the first finalize
# object is made: handlers registered before it run after all the finalizers,
# handlers registered after it run before them.
import atexit, weakref

class Obj:
    pass

atexit.register(print, "registered before any finalize")
a = Obj()
weakref.finalize(a, print, "finalizer of a")
atexit.register(print, "registered after the first finalize")
b = Obj()
weakref.finalize(b, print, "finalizer of b")
atexit.register(print, "registered last")
print("end of script")
