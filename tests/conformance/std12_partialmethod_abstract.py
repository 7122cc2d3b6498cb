# functools.partialmethod: binding on instances and classes, its repr, and
# __isabstractmethod__ following the wrapped function (so an ABC with an
# abstract partialmethod cannot be instantiated).
import abc
import functools


class Cell:
    def __init__(self):
        self.value = None

    def _set(self, value, *, note=''):
        self.value = (value, note)
        return self

    clear = functools.partialmethod(_set, None)
    one = functools.partialmethod(_set, 1, note='one')

    @classmethod
    def make(cls, n):
        return cls()._set(n)

    three = functools.partialmethod(make, 3)


c = Cell()
print(c.one().value, c.clear(note='x').value, Cell.three().value)
print(Cell.one.__isabstractmethod__ if hasattr(Cell.one, '__isabstractmethod__') else 'no attr')
print(Cell.__dict__['one'].__isabstractmethod__)


class Base(abc.ABC):
    @abc.abstractmethod
    def combine(self, a, b):
        ...

    combine_one = functools.partialmethod(combine, 1)


print(sorted(Base.__abstractmethods__))
print(Base.__dict__['combine_one'].__isabstractmethod__)
try:
    Base()
except TypeError as e:
    print('TypeError:', e)


class Impl(Base):
    def combine(self, a, b):
        return a + b

    combine_one = functools.partialmethod(combine, 1)


print(sorted(Impl.__abstractmethods__), Impl().combine_one(41))
print(Impl.combine_one.__isabstractmethod__, Impl().combine_one.func.__name__)
