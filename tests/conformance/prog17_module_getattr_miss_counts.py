# A missed module attribute: module_getattro's PyObject_GenericGetAttr miss is
# normalized (exception + args 1-tuple) and cleared before the namespace's
# __getattr__ (PEP 562) is consulted; right after gc.collect() the tuple free
# list is empty, so the first miss counts +1 in generation 0.
import gc
import sys
import types

mod = sys.modules[__name__]
plain = types.ModuleType("plain")
hooked = types.ModuleType("hooked")
hooked.__getattr__ = lambda name: name.upper()


def probe(label, f):
    gc.collect()
    r1 = f()
    a = gc.get_count()[0]
    r2 = f()
    b = gc.get_count()[0]
    print(label, repr(r1), a, b - a, r1 == r2)


def raising(m):
    def f():
        try:
            m.missing
        except AttributeError as e:
            return str(e)
    return f


probe("getattr default __main__", lambda: getattr(mod, "missing", None))
probe("getattr default plain", lambda: getattr(plain, "missing", 7))
probe("hasattr plain", lambda: hasattr(plain, "missing"))
probe("hasattr present", lambda: hasattr(plain, "__name__"))
probe("module __getattr__", lambda: getattr(hooked, "abc", None))
probe("raise plain", raising(plain))
