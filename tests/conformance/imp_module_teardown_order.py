# import of a module file beside the scenario: one module object under
# every name, its objects alive until shutdown, then the module teardown
# order (__main__'s globals first, then the imported module's).
import sys
import mod_tracked
from mod_tracked import Tracked, make
import mod_tracked as h2
print(mod_tracked is h2, sys.modules["mod_tracked"] is mod_tracked, mod_tracked.__name__, mod_tracked.__file__.endswith("mod_tracked.py"))
items = make("a")
print(items, len(Tracked.registry))
del items
print(len(Tracked.registry))
g = Tracked("main-global")
print(sorted(n for n in dir(mod_tracked) if not n.startswith("__")))
print(type(mod_tracked).__name__, repr(mod_tracked)[:18])
import importlib
print(importlib.import_module("mod_tracked") is mod_tracked)
try:
    import mod_tracked_missing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
try:
    from mod_tracked import nothing
except ImportError as e:
    print("ImportError", str(e)[:45])
print("end")
