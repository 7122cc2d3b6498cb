# __slots__ = () instances cannot be weakly referenced but are still tracked by
# the collector; getweakrefcount/getweakrefs of a non-weakrefable object are 0
# and []; a '__weakref__' slot added in a subclass makes it weakrefable.
# CPython: typeobject.c type_new (tp_weaklistoffset from __slots__), gcmodule.c
#   gc_is_tracked.
import gc
import weakref

gc.disable()


class Empty:
    __slots__ = ()


class OnlyWeak(Empty):
    __slots__ = ("__weakref__",)


class Data:
    __slots__ = ("value",)

    def __init__(self, value):
        if value > 0:
            self.value = value


e = Empty()
print("Empty tracked:", gc.is_tracked(e))
try:
    weakref.ref(e)
except TypeError as err:
    print("Empty:", err)
print("getweakrefcount(e):", weakref.getweakrefcount(e), "| getweakrefs(e):", weakref.getweakrefs(e))
ow = OnlyWeak()
r = weakref.ref(ow)
print("OnlyWeak weakrefable:", r() is ow, "| count:", weakref.getweakrefcount(ow))
d = Data(3)
try:
    d.other = 1
except AttributeError as err:
    print("Data extra attribute:", err)
try:
    print(Data(0).value)
except AttributeError as err:
    print("unset slot:", err)
try:
    weakref.proxy(d)
except TypeError as err:
    print("proxy(Data):", err)
del ow
print("r() after del:", r())
