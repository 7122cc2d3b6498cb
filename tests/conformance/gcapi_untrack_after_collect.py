# When containers of atoms stop being tracked: a tuple of atoms built at run
# time is untracked by any collection that examines it, even collect(0); a dict
# that no longer holds containers is untracked only by a full collection.
# CPython: gcmodule.c untrack_tuples, untrack_dicts.
import gc

gc.disable()
n = 5
t = (n, "x")
d = {"list": [1]}
d["list"] = 0
print("before: tuple", gc.is_tracked(t), "| dict", gc.is_tracked(d))
gc.collect(0)
print("after collect(0): tuple", gc.is_tracked(t), "| dict", gc.is_tracked(d))
gc.collect(1)
print("after collect(1): dict", gc.is_tracked(d))
gc.collect()
print("after collect(): dict", gc.is_tracked(d))
d["again"] = []
print("dict holding a list again:", gc.is_tracked(d))
holder = (n, [])
gc.collect()
print("tuple holding a list stays tracked:", gc.is_tracked(holder))
print("lambda:", gc.is_tracked(lambda: 0), "| set():", gc.is_tracked(set()), "| object():", gc.is_tracked(object()))
