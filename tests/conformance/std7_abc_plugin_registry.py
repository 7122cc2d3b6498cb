# A plugin registry: an ABC with __init_subclass__ keywords collecting
# subclasses, an abstract subclass refused at instantiation, virtual
# subclasses by register() and __subclasshook__, abstract properties and
# staticmethods, and a class made by type() that dies with its last
# reference.
import abc, weakref, gc
class Plugin(abc.ABC):
    registry = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        if name: Plugin.registry[name] = cls
    @abc.abstractmethod
    def run(self, data): ...
    def describe(self): return f"{type(self).__name__} plugin"
class Upper(Plugin, name="upper"):
    def run(self, data): return data.upper()
class Rev(Plugin, name="rev"):
    def run(self, data): return data[::-1]
class Broken(Plugin, name="broken"):
    pass
for n, cls in sorted(Plugin.registry.items()):
    try:
        p = cls()
        print(n, p.run("abc"), p.describe())
    except TypeError as e:
        print(n, "TypeError", e)
print(Broken.__abstractmethods__, Upper.__abstractmethods__, isinstance(Upper(), Plugin))
class Duck:
    def run(self, data): return data
Plugin.register(Duck)
print(isinstance(Duck(), Plugin), issubclass(Duck, Plugin), Duck in Plugin.registry.values())
class Closeable(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            return any("close" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented
class F:
    def close(self): pass
print(isinstance(F(), Closeable), isinstance(1, Closeable), issubclass(F, Closeable))
class Base(abc.ABC):
    @property
    @abc.abstractmethod
    def value(self): ...
    @staticmethod
    @abc.abstractmethod
    def make(): ...
class Impl(Base):
    value = 3
    @staticmethod
    def make(): return Impl()
print(Impl.make().value, sorted(Base.__abstractmethods__))
tmp = type("Tmp", (Plugin,), {"run": lambda self, d: d})
r = weakref.ref(tmp)
print(tmp().run("x"), r() is tmp)
del tmp
gc.collect()
print("temporary plugin class alive:", r() is not None)
