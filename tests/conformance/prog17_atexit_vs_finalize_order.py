import atexit, weakref

class R:
    pass

atexit.register(print, "atexit registered before any finalize")
r1 = R()
f1 = weakref.finalize(r1, print, "finalize r1")
atexit.register(print, "atexit registered after finalize")
r2 = R()
f2 = weakref.finalize(r2, print, "finalize r2")
def bad():
    print("bad handler runs")
    raise ValueError("atexit boom")
atexit.register(bad)
atexit.register(print, "last registered, first run")
print("end main")
