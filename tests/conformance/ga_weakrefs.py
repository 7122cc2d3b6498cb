# GenericAlias objects are weakly referenceable (tp_weaklistoffset) and
# die at once when their last reference goes (callback runs then); unions
# are not weakly referenceable; both are tracked by the collector.
import gc
import weakref

gc.disable()
a = list[int]
w = weakref.ref(a, lambda r: print("alias reclaimed"))
print(w() is a, weakref.getweakrefcount(a))
del a
print("after del", w())
try:
    weakref.ref(int | str)
except TypeError as e:
    print("TypeError:", e)
print(gc.is_tracked(list[int]), gc.is_tracked(int | str))
d = weakref.WeakValueDictionary()
d["x"] = dict[str, int]
print(len(d))
keep = dict[str, int]
d["y"] = keep
print(sorted(d), d["y"])
