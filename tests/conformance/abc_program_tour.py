# abc and collections.abc in programs: abstract methods and 3.11's
# instantiation errors, __subclasshook__, register, Mapping and
# MutableSequence mixins, isinstance of builtins, abstract properties.
import abc, collections.abc as cabc
from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} area={self.area()}"

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s

try:
    Shape()
except TypeError as e:
    print("TypeError", e)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print("TypeError", e)
print(Square(3).describe(), Shape.__abstractmethods__ == frozenset({"area", "perimeter"}), Half.__abstractmethods__)
class Duck:
    def __len__(self): return 0
    def __iter__(self): return iter([])
    def __contains__(self, x): return False
print(isinstance(Duck(), cabc.Sized), isinstance(Duck(), cabc.Collection), isinstance(Duck(), cabc.Sequence))
class Plugin(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Plugin:
            return hasattr(C, "run") or NotImplemented
        return NotImplemented
class Runner:
    def run(self): pass
print(issubclass(Runner, Plugin), isinstance(Runner(), Plugin), issubclass(int, Plugin))
class Registered: pass
Plugin.register(Registered)
print(issubclass(Registered, Plugin), Plugin.register(int) is int)
class MyMap(cabc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap({"a": 1, "b": 2})
print(dict(m), m.get("z", 0), "a" in m, list(m.items()), m == {"a": 1, "b": 2}, m.keys() & {"a"})
class MySeq(cabc.MutableSequence):
    def __init__(self): self.data = []
    def __getitem__(self, i): return self.data[i]
    def __setitem__(self, i, v): self.data[i] = v
    def __delitem__(self, i): del self.data[i]
    def __len__(self): return len(self.data)
    def insert(self, i, v): self.data.insert(i, v)
s = MySeq(); s.extend([3, 1, 2]); s.append(5); s.reverse(); s += [9]
print(s.data, s.index(1), s.count(9), s.pop(), list(reversed(s)), 2 in s)
try:
    cabc.Mapping()
except TypeError as e:
    print("TypeError", e)
print(isinstance([], cabc.MutableSequence), isinstance((), cabc.Hashable), isinstance({}, cabc.Hashable), isinstance(iter([]), cabc.Iterator), isinstance(lambda: 0, cabc.Callable))
print(isinstance((x for x in []), cabc.Generator), issubclass(dict, cabc.MutableMapping), isinstance({}.keys(), cabc.Set))
class Base(metaclass=abc.ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
    @staticmethod
    @abstractmethod
    def make(): ...
class Impl(Base):
    name = "impl"
    @staticmethod
    def make(): return Impl()
print(Impl.make().name, type(Base).__name__)
