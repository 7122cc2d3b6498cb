# Which objects from the weakref module can themselves be weakly referenced:
# WeakValueDictionary, WeakKeyDictionary, WeakSet and WeakMethod can; plain
# refs, proxies, KeyedRef and finalize objects (__slots__ without __weakref__) cannot.
# CPython: weakrefobject.c weakref___new__ (type check), Lib/weakref.py,
#   Lib/_weakrefset.py.
import gc
import weakref

gc.disable()


class Obj:
    def m(self):
        return 1


o = Obj()
wvd = weakref.WeakValueDictionary({"k": o})
candidates = [
    weakref.WeakValueDictionary(),
    weakref.WeakKeyDictionary(),
    weakref.WeakSet(),
    weakref.WeakMethod(o.m),
    weakref.ref(o),
    weakref.proxy(o),
    wvd.valuerefs()[0],
    weakref.finalize(o, print, "finalizer ran"),
    gc,
]
for c in candidates:
    try:
        weakref.ref(c)
        print(type(c).__name__, "ok")
    except TypeError as e:
        print(type(c).__name__, "->", e)
candidates[7].detach()
