# abc: ABC and ABCMeta, abstractmethod (instantiation refused with the 3.11
# message), register() for virtual subclasses, __subclasshook__.
import abc
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): pass
    @abstractmethod
    def perimeter(self): pass
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Full(Square):
    def perimeter(self): return 4 * self.s
for cls in (Shape, Square):
    try:
        cls(1) if cls is Square else cls()
    except TypeError as e:
        print("TypeError:", e)
print(Full(2).area(), isinstance(Full(2), Shape), issubclass(Full, Shape), sorted(Shape.__abstractmethods__))
class Duck: pass
class Quacker(ABC): pass
Quacker.register(Duck)
print(isinstance(Duck(), Quacker), issubclass(Duck, Quacker), issubclass(int, Quacker))
class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return True if any("__len__" in B.__dict__ for B in C.__mro__) else NotImplemented
class Bag:
    def __len__(self): return 0
print(issubclass(Bag, Sized), issubclass(Duck, Sized), isinstance(Bag(), Sized))
print(type(Shape).__name__, len(Full.__abstractmethods__) == 0)
