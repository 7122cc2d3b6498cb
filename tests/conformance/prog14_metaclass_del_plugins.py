# A plugin system whose metaclass reports when a plugin class itself dies:
# a class is an instance of its metaclass, so the metaclass's __del__ runs
# for the class (slot_tp_finalize) -- on refcount death, inside a cycle
# during gc.collect() (classes always are: __mro__, methods' __globals__ ...)
# and at shutdown.
import gc
import weakref


class PluginMeta(type):
    registry = weakref.WeakValueDictionary()

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry[name] = cls
        return cls

    def __call__(cls, *args, **kwargs):
        print("making a", cls.__name__)
        return super().__call__(*args, **kwargs)

    def __del__(cls):
        print("plugin class unloaded:", cls.__name__)


class Plugin(metaclass=PluginMeta):
    def __init__(self, config):
        self.config = config

    def __del__(self):
        print("plugin instance freed:", type(self).__name__, self.config)


def load(name, greeting):
    def run(self):
        return f"{greeting} from {name} ({self.config})"
    return PluginMeta(name, (Plugin,), {"run": run})


gc.disable()
Hello = load("Hello", "hi")
Bye = load("Bye", "bye")
print(sorted(PluginMeta.registry))
h = Hello("cfg-1")
print(h.run())
del h
print("unloading Hello")
del Hello
print("still registered:", sorted(PluginMeta.registry))
print("collected:", gc.collect() > 0)
print("registered:", sorted(PluginMeta.registry))


# A class that resurrects itself from its metaclass's __del__: finalized once.
class Sticky(type):
    kept = []

    def __del__(cls):
        print("Sticky.__del__", cls.__name__, "finalized:", gc.is_finalized(cls))
        Sticky.kept.append(cls)


Temp = Sticky("Temp", (), {})
print("Temp finalized?", gc.is_finalized(Temp))
del Temp
gc.collect()
print("kept:", [c.__name__ for c in Sticky.kept], gc.is_finalized(Sticky.kept[0]))
Sticky.kept.clear()
print("second collect finds it:", gc.collect() > 0)


# A metaclass __del__ that raises: reported, the class still dies.
class Loud(type):
    def __del__(cls):
        raise RuntimeError("cannot unload " + cls.__name__)


import sys
sys.unraisablehook = lambda u: print("unraisable:", u.exc_type.__name__, u.exc_value)
X = Loud("X", (), {})
del X
gc.collect()
gc.enable()
print("Bye stays until exit:", sorted(PluginMeta.registry))
