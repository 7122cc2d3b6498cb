"""__getattr__ proxies, lazy loading and module __getattr__ (mod_lazy)."""
import mod_prog12_lazy as mod_lazy
from mod_prog12_lazy import Config
import weakref
import gc


class LazyProxy:
    __slots__ = ("_factory", "_obj", "__weakref__")

    def __init__(self, factory):
        object.__setattr__(self, "_factory", factory)
        object.__setattr__(self, "_obj", None)

    def _load(self):
        obj = object.__getattribute__(self, "_obj")
        if obj is None:
            print("  (loading)")
            obj = object.__getattribute__(self, "_factory")()
            object.__setattr__(self, "_obj", obj)
        return obj

    def __getattr__(self, name):
        return getattr(self._load(), name)

    def __setattr__(self, name, value):
        setattr(self._load(), name, value)

    def __delattr__(self, name):
        delattr(self._load(), name)

    def __repr__(self):
        obj = object.__getattribute__(self, "_obj")
        return f"<LazyProxy {'loaded ' + repr(obj) if obj is not None else 'pending'}>"

    def __len__(self):
        return len(self._load())

    def __iter__(self):
        return iter(self._load())


class Recorder:
    def __init__(self):
        self.calls = []

    def __getattribute__(self, name):
        if not name.startswith("_") and name != "calls":
            object.__getattribute__(self, "calls").append(name)
        return object.__getattribute__(self, name)

    def hello(self):
        return "hi"


p = LazyProxy(lambda: Config(debug=True, items=[1, 2, 3]))
print(p)
print(p.debug, len(p), list(p))
p.level = 3
print(p, p.level)
del p.level
try:
    p.level
except AttributeError as e:
    print("AttributeError:", e)
r = Recorder()
r.hello(); r.hello; getattr(r, "hello")
print(r.calls, hasattr(r, "nope"), r.calls)
print(mod_lazy.VERSION, mod_lazy.answer, mod_lazy.answer)
try:
    mod_lazy.nothing
except AttributeError as e:
    print(e)
print(sorted(n for n in dir(mod_lazy) if not n.startswith("__")))
wr = weakref.ref(p)
del p
print("proxy dead:", wr() is None)
print("loads:", mod_lazy.LOADS)
