# weakref.finalize is Lib/weakref.py's Python class: a finalizer is the
# finalize object (the key of its _Info in the class's registry), the _Info,
# and the weak reference to the object whose callback it is; the first one
# registers finalize._exitfunc with atexit. A failing finalizer is reported
# with weakref.py's frame.
import gc
import sys
import weakref

gc.disable()


class Resource:
    def __init__(self, name):
        self.name = name


def close(name):
    print("closing", name)


def broken(name):
    raise ValueError("cannot close " + name)


r = Resource("a")
f = weakref.finalize(r, close, "a")
print(type(f).__slots__, f.alive, f.atexit, len(weakref.finalize._registry) >= 1)
info = weakref.finalize._registry[f]
print(type(info).__name__, info.func is close, info.args, info.kwargs, info.atexit)
print(info.weakref() is r, info.weakref.__callback__ is f)
print(f.peek()[2:], f.peek()[1] is close, f in gc.get_referents(info.weakref))
del r
print(f.alive, f.peek(), f())

# In a cycle: the finalizer runs when the collector clears the weakref.
r = Resource("cycle")
r.self = r
g = weakref.finalize(r, close, "cycle")
del r
print("collected", gc.collect())


def report(args):
    print("unraisable:", args.exc_type.__name__, args.exc_value, repr(args.object)[:18])
    tb = args.exc_traceback
    while tb is not None:
        print("  frame", tb.tb_frame.f_code.co_name, tb.tb_frame.f_code.co_filename.rsplit("/", 1)[-1])
        tb = tb.tb_next


sys.unraisablehook = report
r = Resource("b")
weakref.finalize(r, broken, "b")
del r

# Detached and at-exit finalizers.
keep = Resource("c")
h = weakref.finalize(keep, close, "c")
print(h.detach()[2:], h.alive)
late1 = weakref.finalize(keep, close, "late 1")
late2 = weakref.finalize(keep, close, "late 2")
skipped = weakref.finalize(keep, close, "never")
skipped.atexit = False
print(late1.atexit, skipped.atexit)
print("end of program")

# The weak dictionaries are weakref.py's Python classes too: a
# WeakValueDictionary's _remove is a Python function holding a weak
# reference to the dictionary as a default.
d = weakref.WeakValueDictionary()
print(type(d._remove).__name__, d._remove.__closure__, type(d._remove.__defaults__[0]).__name__)
d["k"] = keep
d.self = d
del d
print("WeakValueDictionary cycle:", gc.collect())
k = weakref.WeakKeyDictionary({keep: 1})
print(type(k._remove).__name__, len(k.data), type(next(iter(k.data))).__name__)
