# importlib.reload runs a module's body again in its own namespace: names the
# body binds release their old values at that statement (old instances die
# then, old classes stay alive while their instances do), names it does not
# bind survive, and the module moves to the end of sys.modules.
import gc
import importlib
import sys
import weakref

import mod_prog14_plugin as plugin

gc.disable()
first_cls = plugin.Handler
kept = plugin.current
cls_ref = weakref.ref(first_cls)
plugin.extra = "set by main"
print("loaded:", plugin.VERSION, kept.tag)
print("reloading")
again = importlib.reload(plugin)
print("same module object:", again is plugin, "version", plugin.VERSION, "loads", plugin.loads)
print("extra survives:", plugin.extra)
print("old class is new class:", first_cls is plugin.Handler)
print("kept is an old Handler:", type(kept) is first_cls, isinstance(kept, plugin.Handler))
del first_cls
print("old class alive through its instance:", cls_ref() is not None)
del kept
print("old instance dropped; old class in a cycle until collected:", cls_ref() is not None)
gc.collect()
print("after collect:", cls_ref() is None)
print("last in sys.modules:", list(sys.modules)[-1])
importlib.reload(plugin)
print("third load:", plugin.VERSION)
try:
    importlib.reload(42)
except TypeError as e:
    print("TypeError:", e)
import types
loose = types.ModuleType("loose_module")
try:
    importlib.reload(loose)
except ImportError as e:
    print("ImportError:", e, "| name:", e.name)
print("reload(sys) is sys:", importlib.reload(sys) is sys)
gc.enable()
print("end")
