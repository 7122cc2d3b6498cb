# Patterns built on metaclasses and __init_subclass__: a singleton
# metaclass (__call__ caching one instance per class, with a weak cache so
# instances can die), a metaclass registry with class keywords, a class
# decorator registering classes, and abstract-method checking at class
# creation time.
import gc
import weakref
gc.disable()

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Logger(metaclass=Singleton):
    def __init__(self, name="root"):
        print("Logger init", name)
        self.name = name
class AuditLogger(Logger):
    pass
print(Logger("a") is Logger("b"), AuditLogger() is Logger(), Logger().name, AuditLogger().name)

class WeakSingleton(type):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls._cache = weakref.WeakValueDictionary()
    def __call__(cls, key):
        obj = cls._cache.get(key)
        if obj is None:
            obj = super().__call__(key)
            cls._cache[key] = obj
        return obj
class Connection(metaclass=WeakSingleton):
    def __init__(self, key):
        self.key = key
    def __del__(self):
        print("closing", self.key)
c1 = Connection("db")
print(Connection("db") is c1, len(Connection._cache))
del c1
print("after del", len(Connection._cache))

class PluginMeta(type):
    plugins = {}
    def __new__(mcs, name, bases, ns, kind=None):
        cls = super().__new__(mcs, name, bases, ns)
        if kind is not None:
            mcs.plugins[kind] = cls
        return cls
    def __init__(cls, name, bases, ns, kind=None):
        super().__init__(name, bases, ns)
class PluginBase(metaclass=PluginMeta):
    pass
class CSV(PluginBase, kind="csv"):
    pass
class TSV(CSV, kind="tsv"):
    pass
print({k: v.__name__ for k, v in PluginMeta.plugins.items()}, type(TSV).__name__)

handlers = []
def handler(cls):
    handlers.append(cls.__name__)
    cls.registered = True
    return cls
@handler
class OnClick:
    pass
@handler
class OnKey(OnClick):
    pass
print(handlers, OnKey.registered)

def abstract(f):
    f.__isabstractmethod__ = True
    return f
class Interface:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = sorted(name for name in dir(cls) if getattr(getattr(cls, name), "__isabstractmethod__", False))
        cls.incomplete = missing
class Shape(Interface):
    @abstract
    def area(self): pass
    @abstract
    def perimeter(self): pass
class Square(Shape):
    def area(self): return 4
print(Shape.incomplete, Square.incomplete)
