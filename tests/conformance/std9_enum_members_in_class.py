# Enum members live in their class's __dict__ (3.11 sets each member, and
# each alias, as a class attribute before adding it to _member_map_), so
# sys.getrefcount counts that reference, vars() lists them and dir() of a
# member leaves them out; a member named like an enum property is reached
# through the map.
import sys
from enum import Enum, Flag, IntEnum, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1

    def shade(self):
        return self.name.lower()


print(sys.getrefcount(Color.RED), sys.getrefcount(Color.GREEN))
print([k for k in vars(Color) if not k.startswith("_")])
print(Color.__dict__["CRIMSON"] is Color.RED, Color.CRIMSON)
print(dir(Color.RED), dir(Color))


class Field(Enum):
    name = "n"
    value = "v"
    other = "o"


print(Field.name, Field.value, Field.other, Field.name.value, Field.value.name)
print("name" in vars(Field), "other" in vars(Field), list(Field))


class Perm(Flag):
    R = auto()
    W = auto()
    RW = R | W


print(sorted(k for k in vars(Perm) if not k.startswith("_")), sys.getrefcount(Perm.RW))


class Level(IntEnum):
    LOW = 1
    HIGH = 2


print(vars(Level)["HIGH"] + 1, sys.getrefcount(Level.LOW))
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
try:
    del Color.GREEN
except AttributeError as e:
    print(e)
