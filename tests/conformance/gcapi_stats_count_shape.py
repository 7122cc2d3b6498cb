# gc.get_stats() and gc.get_count() give numbers that depend on CPython
# internals, so only their shape is checked: three generations, the stat
# keys, tuples of ints. get_threshold() default values are fixed.
# CPython: gcmodule.c gc_get_stats_impl, gc_get_count_impl.
import gc

gc.disable()
stats = gc.get_stats()
print("get_stats: a", type(stats).__name__, "of", len(stats))
print("keys:", [sorted(s.keys()) for s in stats][0])
print("all dicts:", all([isinstance(s, dict) for s in stats]))
count = gc.get_count()
print("get_count: a", type(count).__name__, "of", len(count), "ints:", all([isinstance(c, int) for c in count]))
print("threshold:", gc.get_threshold())
print("isenabled after disable:", gc.isenabled())
gc.enable()
print("isenabled after enable:", gc.isenabled())
gc.disable()
before = gc.get_stats()[2]["collections"]
gc.collect()
print("a full collection is counted:", gc.get_stats()[2]["collections"] == before + 1)
