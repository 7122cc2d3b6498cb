# A module's own __getattr__ and __dir__ (PEP 562): attribute reads that miss
# the namespace, getattr/hasattr, dir(), `from m import name` (which also
# asks for __path__) and `from m import *` (which asks for __all__); and a
# module whose import fails: removed from sys.modules, its frame and objects
# kept by the saved exception's traceback until it is dropped.
import sys, gc
try:
    import mod_broken_on_import
except RuntimeError as e:
    print("import failed:", e)
    err = e
print("in sys.modules:", "mod_broken_on_import" in sys.modules)
print("frame of module kept by traceback:", err.__traceback__.tb_next is not None)
del err
print("after del err")
gc.collect()
print("after collect")
import mod_lazy_attrs
print(mod_lazy_attrs.item_a is mod_lazy_attrs.item_a)
print(dir(mod_lazy_attrs))
try:
    mod_lazy_attrs.missing
except AttributeError as e:
    print("AttributeError:", e)
from mod_lazy_attrs import item_b
print(item_b is mod_lazy_attrs._cache["item_b"])
print("end")
from mod_lazy_attrs import *
print(sorted(k for k in dir() if k in ("Holder", "h", "item_a")))
print(getattr(mod_lazy_attrs, "item_q") is not None, hasattr(mod_lazy_attrs, "nope"))
