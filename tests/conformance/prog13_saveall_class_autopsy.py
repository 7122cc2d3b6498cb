"""Autopsy of a dead class: DEBUG_SAVEALL keeps what the collector found,
so the script can look at the class, its namespace dict and its methods."""
import gc

def make_plugin(name):
    class Plugin:
        label = name
        hooks = ["load", "unload"]
        def run(self):
            return f"{self.label} running"
        @classmethod
        def create(cls):
            return cls()
    Plugin.__name__ = Plugin.__qualname__ = name
    return Plugin

gc.collect()
p = make_plugin("Exporter")
print(p.create().run())
del p
gc.set_debug(gc.DEBUG_SAVEALL)
found = gc.collect()
gc.set_debug(0)
print("found:", found)
print("kinds:", sorted(type(o).__name__ for o in gc.garbage))
cls = next(o for o in gc.garbage if isinstance(o, type))
ns = next(o for o in gc.garbage if isinstance(o, dict) and "label" in o)
print("class:", cls.__name__, "namespace keys:", list(ns))
print("namespace is the class dict:", ns["run"] is cls.__dict__["run"], ns["label"], ns["hooks"])
print("still usable:", cls.create().run())
ns_hooks = ns["hooks"]
ns_hooks.append("reload")
print("shared list:", cls.hooks)
funcs = sorted(o.__qualname__ for o in gc.garbage if type(o).__name__ == "function")
print("functions:", funcs)
del cls, ns, ns_hooks
gc.garbage.clear()
print("second collect:", gc.collect())
print("garbage now:", gc.garbage)
