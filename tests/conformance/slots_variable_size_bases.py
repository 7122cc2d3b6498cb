# Nonempty __slots__ are refused below a variable-size base (tp_itemsize
# != 0: int, tuple, type), naming the best base, before any other
# check of the names; __weakref__ is refused there too; empty __slots__
# are fine for a metaclass.


def attempt(label, make):
    try:
        make()
        print(label, "-> ok")
    except TypeError as e:
        print(label, "-> TypeError:", e)


def int_slots():
    class I(int):
        __slots__ = ('x',)


def int_weakref():
    class I(int):
        __slots__ = ('__weakref__',)


def tuple_slots():
    class T(tuple):
        __slots__ = ('__dict__',)


def meta_slots():
    class M(type):
        __slots__ = ('x',)


def meta_weakref():
    class M(type):
        __slots__ = ('__weakref__',)


def meta_bad_name():
    class M(type):
        __slots__ = ('1x',)


class EmptyMeta(type):
    __slots__ = ()


def below_empty_meta():
    class M2(EmptyMeta):
        __slots__ = ('y',)


for label, make in [
    ("int subclass with x", int_slots),
    ("int subclass with __weakref__", int_weakref),
    ("tuple subclass with __dict__", tuple_slots),
    ("metaclass with x", meta_slots),
    ("metaclass with __weakref__", meta_weakref),
    ("metaclass with a bad name", meta_bad_name),
    ("below a metaclass with empty slots", below_empty_meta),
]:
    attempt(label, make)


class K(metaclass=EmptyMeta):
    pass


print(type(K).__name__, K.__name__)
