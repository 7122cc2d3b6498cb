# enum as programs use it: reprs and str of Enum/IntEnum/Flag/IntFlag/StrEnum,
# auto() (StrEnum's lower-cased names, a class's own _generate_next_value_),
# lookups and their errors, _missing_, aliases, unique, members with
# __init__, the functional API, match, dir() of members and classes.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

class Bits(IntFlag):
    A = 1
    B = 2

class Mode(StrEnum):
    FAST = auto()
    SLOW = "slow"

print(Color.RED, repr(Color.RED), Color(1), Color["GREEN"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.__members__.keys())
print(Status.OK, repr(Status.OK), Status.OK + 1, Status(404), f"{Status.OK}", str(Status.OK))
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.RW, Perm(0), list(Perm), Perm.W in Perm.RW)
print(~Perm.R, bool(Perm(0)), Perm(7))
print(Bits.A | 4, repr(Bits(3)), Bits(0), Bits.A & Bits.B)
print(Mode.FAST, repr(Mode.FAST), Mode.SLOW.upper(), Mode("slow"))
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
try:
    class More(Color):
        PINK = 9
except TypeError as e:
    print("TypeError", e)
print(Color.RED.name, Color.RED.value, Color.RED == 1, Status.OK == 200, isinstance(Color.RED, Color))
print({Color.RED: "r"}[Color.RED], sorted([Status.NOT_FOUND, Status.OK]))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.gravity, 2))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    def describe(self):
        return f"{self.name.lower()}={self.value}"
    @classmethod
    def default(cls):
        return cls.SQUARE
print(Shape.CIRCLE.describe(), Shape.default(), type(Shape.SQUARE), type(Shape))
print(Color.RED.__class__.__name__, Color.__name__, dir(Color.RED)[:3])
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green!")
class Missing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        print("missing", value)
        return cls.A
print(Missing(5))
class Next(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    X = auto()
    Y = auto()
print(list(Next), Next.X.value)
print(hash(Color.RED) == hash("RED"), Color.RED.__reduce_ex__(4))
print(dir(Color.RED), dir(Color))
print(dir(Shape.CIRCLE))
print(dir(Status)[-12:], dir(Perm))
