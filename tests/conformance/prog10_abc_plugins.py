"""Abstract base classes with __init_subclass__ registration and class lifetimes."""
from abc import ABC, abstractmethod
import gc
import weakref


class Exporter(ABC):
    registry = weakref.WeakValueDictionary()

    def __init_subclass__(cls, fmt=None, **kw):
        super().__init_subclass__(**kw)
        if fmt is not None:
            Exporter.registry[fmt] = cls
            print(f"registered {cls.__name__} for {fmt}")

    @abstractmethod
    def export(self, rows):
        ...

    def run(self, rows):
        return f"[{type(self).__name__}] " + self.export(rows)


class CSV(Exporter, fmt="csv"):
    def export(self, rows):
        return "\n".join(",".join(map(str, r)) for r in rows)


class JSONish(Exporter, fmt="json"):
    def export(self, rows):
        return repr([list(r) for r in rows])


try:
    Exporter()
except TypeError as e:
    print("TypeError:", e)


class Half(Exporter):
    pass


try:
    Half()
except TypeError as e:
    print("TypeError:", e)

rows = [(1, "a"), (2, "b")]
for fmt in sorted(Exporter.registry):
    print(Exporter.registry[fmt]().run(rows))
print(issubclass(CSV, Exporter), isinstance(CSV(), Exporter), Exporter.__abstractmethods__)


def make_temp_plugin():
    class Temp(Exporter, fmt="tmp"):
        def export(self, rows):
            return "tmp"
    return Temp().run(rows)


print(make_temp_plugin())
print("formats:", sorted(Exporter.registry))
gc.collect()
print("after collect:", sorted(Exporter.registry))


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))
Sized.register(int)
print(isinstance(3, Sized))
