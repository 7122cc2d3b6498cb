# The gc module's argument errors, as CPython 3.11 words them: the
# no-argument functions (enable, freeze, get_debug, ...), get_objects'
# generation (an int or None, at most one argument, in range), collect's
# generation, set_threshold and set_debug; a refused call changes nothing
# (freeze(1) freezes nothing). sys.getrefcount's arity.
import gc
import sys

def attempt(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print(f.__name__, "ok")
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__ + ":", e)

for f in (gc.enable, gc.disable, gc.isenabled, gc.get_threshold, gc.get_count,
          gc.get_stats, gc.freeze, gc.unfreeze, gc.get_freeze_count, gc.get_debug):
    attempt(f, 1)
print(gc.get_freeze_count(), gc.isenabled())
attempt(gc.get_objects, generation=3)
attempt(gc.get_objects, generation=-1)
attempt(gc.get_objects, generation="x")
attempt(gc.get_objects, 1, 2)
attempt(gc.get_objects, generation=None)
attempt(gc.collect, 3)
attempt(gc.collect, -1)
attempt(gc.collect, "x")
attempt(gc.set_threshold)
attempt(gc.set_threshold, 1, 2, 3, 4)
attempt(gc.set_threshold, "a")
attempt(gc.set_threshold, 1.5)
attempt(gc.set_debug)
attempt(gc.set_debug, "x")
attempt(gc.is_tracked)
attempt(gc.is_finalized, 1, 2)
attempt(sys.getrefcount)
attempt(sys.getrefcount, 1, 2)
print(gc.get_threshold(), gc.get_debug())
