# enum details ordinary programs reach: Enum._missing_ as a hook with a
# default, Flag's zero-valued member left out of iteration, member
# attributes that cannot be assigned, ReprEnum, and types.DynamicClassAttribute.
import enum
from enum import Enum, Flag, IntEnum, IntFlag, StrEnum, ReprEnum, auto
import types


class Color(Enum):
    RED = 1
    GREEN = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name.lower() == value.lower():
                    return m
        return super()._missing_(value)


print(Color("red"), Color("GREEN"), Color._missing_(9))
try:
    Color("blue")
except ValueError as e:
    print("ValueError", e)


class Perm(Flag):
    NONE = 0
    R = 4
    W = 2
    X = 1
    RWX = 7


print(list(Perm), len(Perm), Perm._member_names_, list(Perm.__members__))
print(Perm(0), list(Perm.NONE), Perm(6), Perm._missing_(3))
try:
    Perm("x")
except ValueError as e:
    print("ValueError", e)

for attr in ("value", "name"):
    try:
        setattr(Color.RED, attr, 5)
    except AttributeError as e:
        print(e)
try:
    del Color.RED.value
except AttributeError as e:
    print(e)
print(type(Enum.__dict__["value"]).__name__, isinstance(Enum.__dict__["name"], types.DynamicClassAttribute))


class Http(IntEnum):
    OK = 200


class Mode(IntFlag):
    A = 1
    B = 2


class Size(StrEnum):
    S = auto()


print([c.__name__ for c in Http.__mro__], [c.__name__ for c in Mode.__mro__][:4], Size.__mro__[2].__name__)


class Pct(float, ReprEnum):
    HALF = 0.5


print(str(Pct.HALF), repr(Pct.HALF), format(Pct.HALF, ".2f"), f"{Http.OK}", str(Size.S))
try:
    class Bad(ReprEnum):
        A = 1
except TypeError as e:
    print(e)


class Temp:
    def __init__(self, c):
        self._c = c

    @types.DynamicClassAttribute
    def celsius(self):
        "Degrees."
        return self._c

    def __getattr__(self, name):
        return "instance getattr " + name


class Meta(type):
    def __getattr__(cls, name):
        return "class getattr " + name


class Temp2(Temp, metaclass=Meta):
    pass


print(Temp(21).celsius, Temp2.celsius, Temp.__dict__["celsius"].__doc__)
