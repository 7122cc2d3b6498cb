# enum basics: lookup by value and name, aliases, iteration, str/repr/format,
# IntEnum ordering and arithmetic, Flag/IntFlag composition, @unique, members
# with __init__ (Planet), members in WeakSet/WeakKeyDictionary, str mixins.
import enum, weakref, gc
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED.name, Color.RED.value)
print([m for m in Color.__members__], Color.RED in Color)
print(f"{Color.RED}", f"{Color.RED!r}", f"{Color.RED:>12}", str(Color.BLUE))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(Color.RED, Color), type(Color.RED), Color.RED == 1, hash(Color.RED) == hash(Color.RED))

class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW]), Priority(2))
print(f"{Priority.HIGH}", repr(Priority.LOW), str(Priority.LOW), int(Priority.HIGH), Priority.HIGH == 3)

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), list(rw), rw.value)
print(Perm.R | Perm.W | Perm.X, ~Perm.R, Perm(0))

class Num(IntFlag):
    A = 1
    B = 2
print(Num.A | Num.B, Num.A | 4, repr(Num(3)))

@unique
class Ok(Enum):
    A = "a"
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius ** 2)
print(Planet.EARTH.mass, f"{Planet.MARS.gravity:.2f}", Planet.MARS.value)

ws = weakref.WeakSet([Color.RED, Color.GREEN])
print(len(ws), Color.RED in ws)
wd = weakref.WeakKeyDictionary({Color.BLUE: "blue"})
print(wd[Color.BLUE])
gc.collect()
print(len(ws), len(wd))
Shape = Enum("Shape", "CIRCLE SQUARE")
print(list(Shape), Shape.SQUARE.value)
class StrE(str, Enum):
    A = "alpha"
print(StrE.A, StrE.A == "alpha", StrE.A.upper(), f"{StrE.A}")
