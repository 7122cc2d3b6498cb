# enum: classmethods on members, the functional API, tuple values with
# __init__, Flag aliases and pseudo-members (Color(0), ~RED), STRICT errors,
# IntFlag with ints, IntEnum sorting, members as weak keys/values, final enums.
import gc, weakref
from enum import Enum, IntEnum, Flag, IntFlag, auto

class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    def describe(self):
        return f"{self.name.lower()} ({self.value})"
    @classmethod
    def parse(cls, text):
        return cls(text.strip().lower())

print(Status.parse("  ACTIVE "), Status.ACTIVE.describe(), Status("inactive").name)
print([s.value for s in Status], Status.ACTIVE is Status["ACTIVE"])

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3), repr(Animal.ANT), Animal.__name__)
Sizes = Enum("Sizes", [("S", 1), ("M", 5), ("L", 10)])
print(Sizes.M, Sizes(10), len(Sizes))
Opts = Flag("Opts", "A B C")
print(Opts.A | Opts.C, [o.value for o in Opts])

class Coin(Enum):
    PENNY = (1, "copper")
    DIME = (10, "silver")
    def __init__(self, cents, metal):
        self.cents = cents
        self.metal = metal
print(Coin.DIME.cents, Coin.PENNY.metal, Coin((1, "copper")), Coin.DIME.value)

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(Color.WHITE, repr(Color.WHITE), Color.RED | Color.GREEN, list(Color))
print(Color(0), repr(Color(0)), bool(Color(0)), Color.RED & Color.BLUE, Color(3))
print(Color.GREEN in Color.WHITE, (Color.RED | Color.BLUE) & Color.BLUE, Color.WHITE ^ Color.RED)
try:
    Color(8)
except ValueError as e:
    print("ValueError:", e)

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), rw == 6, rw | 1, type(rw | 1).__name__, Perm(7), Perm.R + 1, 8 | Perm.X)
print(f"{rw}", f"{Perm.X:03d}", int(rw), rw & 4, Perm.R in rw)

class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    ERROR = 40
print(sorted([Level.ERROR, Level.DEBUG, 15]), Level.INFO * 2, Level(20) == 20, max(Level), Level.DEBUG < Level.INFO)
print({Level.INFO: "i"}[20], [l.name for l in Level if l >= 20])

class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
registry = weakref.WeakKeyDictionary()
registry[Shape.CIRCLE] = "round"
ws = weakref.WeakValueDictionary({"sq": Shape.SQUARE})
del Shape
gc.collect()
print(len(registry), len(ws), list(ws.keys()))
try:
    Status.ACTIVE < Status.INACTIVE
except TypeError as e:
    print("TypeError:", e)
try:
    Status("missing")
except ValueError as e:
    print("ValueError:", e)
try:
    class Extended(Status):
        EXTRA = "x"
except TypeError as e:
    print("TypeError:", e)
print(Status.ACTIVE.__class__.__name__, isinstance(Status.ACTIVE, Enum), type(Status).__name__)
