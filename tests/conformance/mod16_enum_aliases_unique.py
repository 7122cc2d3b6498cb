from enum import Enum, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, Flag, EnumCheck


class Shade(Enum):
    DARK = 1
    LIGHT = 2
    BLACK = 1
    WHITE = 2
    GREY = 3


print(list(Shade), Shade.BLACK is Shade.DARK, Shade.BLACK.name, list(Shade.__members__))
print(Shade(1), Shade['WHITE'], len(Shade), [k for k, v in Shade.__members__.items() if v.name != k])
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print('ValueError:', e)
try:
    @verify(UNIQUE)
    class V(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError:', e)
try:
    @verify(CONTINUOUS)
    class W(Enum):
        A = 1
        B = 3
        C = 6
except ValueError as e:
    print('ValueError:', e)
try:
    @verify(NAMED_FLAGS)
    class X(Flag):
        A = 1
        B = 2
        C = 13
except ValueError as e:
    print('ValueError:', e)
print(list(EnumCheck), repr(CONTINUOUS))
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError:', e)
try:
    class Ext(Shade):
        NEW = 9
except TypeError as e:
    print('TypeError:', e)
