# An uncaught KeyboardInterrupt: traceback, then finalization (finalizers run), then exit status 130
import weakref
class C:
    pass
c = C()
weakref.finalize(c, print, "finalizer at exit")
print("before")
raise KeyboardInterrupt
