from enum import Enum, auto
from dataclasses import dataclass


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 3), Planet.MERCURY.mass)


class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj

    PX = (0, 'P.X')
    PY = (1, 'P.Y')


print(Coord.PY.label, Coord.PY.value, Coord(1), Coord.PX.name)


class FloatEnum(float, Enum):
    HALF = 0.5
    QUARTER = auto()


print(repr(FloatEnum.HALF), FloatEnum.HALF * 2, str(FloatEnum.QUARTER))


@dataclass
class Point:
    x: int
    y: int


class Corner(Point, Enum):
    ORIGIN = 0, 0
    UNIT = 1, 1


print(repr(Corner.UNIT), Corner.UNIT.x, Corner.ORIGIN.value)


class Ordered(Enum):
    def __lt__(self, other):
        return self.value < other.value
    B = 2
    A = 1
    C = 3


print(sorted(Ordered), max(Ordered).name)
print(dir(Planet.EARTH)[:5], sorted(n for n in dir(Planet) if not n.startswith('_')))
print(repr(Coord.PX))
