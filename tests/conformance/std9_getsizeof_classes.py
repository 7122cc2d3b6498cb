# sys.getsizeof of classes (type.__sizeof__: PyTypeObject or
# PyHeapTypeObject, plus the shared keys of a class whose instances have a
# managed __dict__) and of a bare object().
import sys
import abc
import collections
import dataclasses
import enum
import functools


class Plain:
    pass


class Child(Plain):
    pass


class Slotted:
    __slots__ = ("a", "b")


class SlottedChild(Plain):
    __slots__ = ()


class WeakOnly:
    __slots__ = ("__weakref__",)


class DictOnly:
    __slots__ = ("__dict__",)


class MyList(list):
    pass


class MyTuple(tuple):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyError(Exception):
    pass


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


class Abstract(abc.ABC):
    @abc.abstractmethod
    def run(self): ...


class Color(enum.Enum):
    RED = 1


@dataclasses.dataclass(slots=True)
class Point:
    x: int


class MyDeque(collections.deque):
    pass


for c in [Plain, Child, Slotted, SlottedChild, WeakOnly, DictOnly, MyList, MyTuple, MyInt, MyStr,
          MyError, Meta, WithMeta, Abstract, Color, Point, MyDeque]:
    print(c.__name__, sys.getsizeof(c))
for c in [object, int, list, dict, type, Exception, collections.deque, collections.OrderedDict,
          collections.defaultdict, functools.partial, abc.ABCMeta]:
    print(c.__name__, sys.getsizeof(c))
p = Plain()
for i in range(40):
    setattr(p, "a%d" % i, i)
print(sys.getsizeof(Plain), sys.getsizeof(object()), sys.getsizeof(type))
