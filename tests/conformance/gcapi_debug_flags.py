# The gc.DEBUG_* flags are fixed bit values (LEAK is the sum of three); set_debug
# replaces the whole flag set and get_debug reads it back. (Only SAVEALL is
# used for real here: the others print to stderr during collections.)
# CPython: gcmodule.c gc_set_debug_impl, gc_get_debug_impl.
import gc

gc.disable()
print("STATS", gc.DEBUG_STATS, "COLLECTABLE", gc.DEBUG_COLLECTABLE, "UNCOLLECTABLE", gc.DEBUG_UNCOLLECTABLE)
print("SAVEALL", gc.DEBUG_SAVEALL, "LEAK", gc.DEBUG_LEAK)
print("LEAK == COLLECTABLE + UNCOLLECTABLE + SAVEALL:",
      gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE + gc.DEBUG_UNCOLLECTABLE + gc.DEBUG_SAVEALL)
print("initial get_debug():", gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print("after set_debug(SAVEALL):", gc.get_debug())
gc.set_debug(0)
print("after set_debug(0):", gc.get_debug())
try:
    gc.set_debug()
except TypeError as e:
    print("set_debug():", e)
