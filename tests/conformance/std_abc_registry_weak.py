# ABCMeta.register keeps its virtual subclasses in a WeakSet: registering a
# class does not keep it alive.
import gc, weakref
from abc import ABC

class Plugin(ABC):
    pass

def make():
    class Temp:
        def __del__(self):
            print("del Temp instance")
    Plugin.register(Temp)
    t = Temp()
    print("registered:", isinstance(t, Plugin))
    return Temp

cls = make()
print(issubclass(cls, Plugin))
r = weakref.ref(cls)
del cls
gc.collect()
print("class collected although registered:", r() is None)
