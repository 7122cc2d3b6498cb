# enum: Enum lookup by value and name (and their errors), IntEnum with
# auto, Flag combination/containment/iteration/inversion, IntFlag, unique
# (and its ValueError), aliases, members with __init__ and properties, str
# mixins, the functional API, reassignment AttributeError, format().
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color(2), Color['BLUE'], list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.RED in Color, isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color['PINK']
except KeyError as e:
    print("KeyError", e)
class Shape(IntEnum):
    CIRCLE = auto()
    SQUARE = auto()
print(Shape.SQUARE, repr(Shape.SQUARE), Shape.SQUARE + 1, Shape.CIRCLE == 1, sorted([Shape.SQUARE, Shape.CIRCLE]))
class Perm(Flag):
    R = auto(); W = auto(); X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), ~Perm.R, bool(Perm(0)), Perm(0))
class IP(IntFlag):
    A = 1; B = 2
print(IP.A | IP.B, repr(IP.A | 4), IP.A & 3)
@unique
class U(Enum):
    A = 1
try:
    @unique
    class D(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
class Alias(Enum):
    A = 1
    B = 1
print(Alias.B, Alias.B is Alias.A, list(Alias), Alias.__members__)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
    @property
    def g(self): return round(6.67e-11 * self.mass / self.radius ** 2, 2)
print(Planet.EARTH.g, Planet.EARTH.value)
class Str(str, Enum):
    A = "a"
print(Str.A, Str.A == "a", f"{Str.A}", Str.A.upper())
print(Color.RED.__class__.__name__, type(Color).__name__, hash(Color.RED) == hash(Color.RED))
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
Api = Enum('Api', 'GET POST')
print(Api.GET, Api.POST.value, Enum('X', [('a', 5)]).a)
print({c: c.value for c in Color})
print(format(Shape.CIRCLE), f"{Color.RED!s}", f"{Shape.CIRCLE:>5}")
