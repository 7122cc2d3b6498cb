# enum: Enum members (aliases, lookup by value and name, iteration, len,
# membership, reprs, reassignment refused), Flag with auto() and |/&, IntEnum
# comparisons and arithmetic, @unique, methods on members.
from enum import Enum, IntEnum, Flag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
class Level(IntEnum):
    LOW = 1
    HIGH = 2
print(Color.RED, repr(Color.GREEN), Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, len(Color), list(Color))
print(Color.RED.name, Color.RED.value, Color.RED == Color.RED, Color.RED == 1, Color.RED in Color, type(Color.RED).__name__)
print(repr(Color), [m.name for m in Color], list(Color.__members__))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Perm.R.value, Perm.W.value, Perm.X.value, repr(Perm.R | Perm.W), Perm.R in (Perm.R | Perm.X), bool(Perm.R & Perm.W))
print(Level.LOW < Level.HIGH, Level.HIGH == 2, Level.LOW + 1, str(Level.HIGH), repr(Level.LOW))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    def describe(self):
        return f"{self.name.lower()} #{self.value}"
print([s.describe() for s in Shape], {Color.RED: 'r'}[Color.RED])
