from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
import enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name.lower()} ({self.value})"
    @classmethod
    def parse(cls, s):
        return cls[s.upper()]

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RWX = R | W | X

class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
    ERROR = 500

class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = "sq"

class Mode(IntFlag):
    A = 1
    B = 2
    C = 8

print(Color.RED, repr(Color.RED), Color.CRIMSON is Color.RED, Color(2), Color["BLUE"], Color.parse("green").describe())
print(list(Color), len(Color), [m.name for m in Color], list(Color.__members__), Color.RED in Color)
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.RWX, Perm(0), Perm(6), list(Perm), Perm.W in Perm.RWX, bool(Perm(0)))
print(~Perm.R, Perm.RWX & ~Perm.W, [p.name for p in (Perm.R | Perm.X)], (Perm.R | Perm.W).name, Perm.RWX.value)
print(Status.OK, repr(Status.NOT_FOUND), Status.OK == 200, Status.ERROR > 404, f"{Status.OK}", f"{Status.OK:>6}", str(Status.ERROR), Status(404).name, int(Status.OK) + 1, Status.OK + 1)
print(format(Status.NOT_FOUND, "d"), "%s %d" % (Status.OK, Status.OK), sorted([Status.ERROR, Status.OK]), Status.OK.value)
print(Shape.CIRCLE, repr(Shape.SQUARE), Shape.CIRCLE == "circle", Shape.SQUARE.upper(), f"{Shape.SQUARE}!", Shape("sq"))
print(Mode.A | Mode.C, repr(Mode.A | Mode.B), Mode.A | 4, Mode(3), Mode(11), f"{Mode.B}", str(Mode.A | Mode.B), Mode.A + 1)
print(f"{Color.RED}", f"{Color.RED!r}", format(Color.GREEN), "{}".format(Perm.W), f"{Perm.R | Perm.W}")
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
for p in Planet:
    print(f"{p.name:<8} {p.gravity:6.2f}", p.value)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Lvl = IntEnum("Lvl", [("LOW", 10), ("HIGH", 20)])
print(Lvl.HIGH, repr(Lvl.LOW), max(Lvl))
class Ordered(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * 2
    FOO = auto()
    BAR = auto()
print(Ordered.FOO.value, list(Ordered))
print(hash(Color.RED) == hash(Color.RED), {Color.RED: 1}[Color.CRIMSON], Color.RED.__class__.__name__, isinstance(Status.OK, int), type(Color.RED))
print(enum.Flag.__mro__[-2:], Perm.R.__class__.__mro__[:2], Color._member_map_.keys(), Color._value2member_map_)
