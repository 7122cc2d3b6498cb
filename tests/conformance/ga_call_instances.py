# Calling a GenericAlias creates an instance of its origin (ga_call) and
# then sets __orig_class__ on it; builtins and classes with __slots__ refuse
# the attribute and the error is ignored, as CPython does.
import collections


class Box:
    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, value=None):
        self.value = value


class Slotted:
    __slots__ = ("x",)
    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, x):
        self.x = x


print(list[int](), list[int]([1, 2]), dict[str, int](a=1), tuple[int, ...]((1, 2)))
print(set[int]({3}), frozenset[int]([4]), collections.deque[int]([1, 2], maxlen=1))
b = Box[int](5)
print(b.value, b.__orig_class__, b.__orig_class__.__origin__ is Box)
print(sorted(vars(b)))
s = Slotted[str]("x")
print(s.x, hasattr(s, "__orig_class__"))
d = collections.defaultdict[str, list](list)
d["a"].append(1)
print(dict(d), type(d).__name__)
try:
    list[int](1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    Box[int](1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(callable(list[int]), callable(int | str))
