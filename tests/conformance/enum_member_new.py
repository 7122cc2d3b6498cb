# Enum members made by a __new__ (EnumType._find_new_): a user __new__ that
# sets _value_ (extra attributes, aliases by the new value), a data type's
# __new__ (IntEnum values converted by int()), StrEnum refusing values
# that are not str with CPython's messages, auto() in a StrEnum, tuple
# values passed to __init__.
import enum

class Planet(enum.Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.value, Planet.EARTH.mass, Planet((5.976e+24, 6.37814e6)), len(Planet))

class Coord(bytes, enum.Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')
print(Coord.PY.value, Coord.PY.label, Coord(1) is Coord.PY, len(Coord), bytes(Coord.PY))

class Color(enum.Enum):
    def __new__(cls, value, doc=None):
        self = object.__new__(cls)
        self._value_ = value
        self.doc = doc
        return self
    RED = 1, 'red thing'
    BLUE = 2
    ALIAS = 1
print(Color.RED, Color.RED.doc, Color.BLUE.doc, Color.ALIAS, list(Color), Color(2), Color.ALIAS is Color.RED)

class S(enum.StrEnum):
    A = 'a'
    B = enum.auto()
    C = (b'abc', 'ascii')
    D = (b'x\xff', 'latin-1', 'strict')
print(list(S), S.C, S('a'), S.A == 'a', isinstance(S.A, str), str(S.B), format(S.B), f"{S.A}", S.D.value)

class I(enum.IntEnum):
    X = 1
    Y = '2'
    Z = 2
print(I.Y, I.Y.value, I(2), I.Z is I.Y, list(I))

for body in ("X = 1", "X = ('a', 'b')", "X = ('a', 1)", "X = (b'a', 'ascii', 5)", "X = ('a', 'b', 'c', 'd')"):
    try:
        exec(f"class Bad(enum.StrEnum):\n    {body}\n")
        print(body, "ok")
    except TypeError as e:
        print(body, "->", e)

class NoValue(enum.Enum):
    def __new__(cls, *args):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj
    def __init__(self, label):
        self.label = label
    FIRST = 'one'
    SECOND = 'two'
print([(m.name, m.value, m.label) for m in NoValue])
