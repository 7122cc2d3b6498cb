# Exact errors of the gc API: collect() of a bad generation, set_threshold()
# without arguments, get_objects() of a bad generation; set_threshold(n) with
# one argument changes only the first threshold.
# CPython: gcmodule.c gc_collect_impl, gc_set_threshold, gc_get_objects_impl.
import gc

gc.disable()
for gen in [3, -1]:
    try:
        gc.collect(gen)
    except ValueError as e:
        print("collect(" + str(gen) + "):", type(e).__name__, e)
try:
    gc.collect("2")
except TypeError as e:
    print("collect('2'):", e)
try:
    gc.set_threshold()
except TypeError as e:
    print("set_threshold():", e)
try:
    gc.get_objects(5)
except ValueError as e:
    print("get_objects(5):", e)
old = gc.get_threshold()
gc.set_threshold(500)
print("after set_threshold(500):", gc.get_threshold())
gc.set_threshold(old[0], old[1], old[2])
print("restored:", gc.get_threshold() == old)
print("isenabled:", gc.isenabled())
