import enum
from enum import global_enum, IntEnum, IntFlag, Flag, show_flag_values


@global_enum
class Level(IntEnum):
    LOW = 1
    HIGH = 2


print(LOW, HIGH, repr(LOW), str(HIGH), format(LOW))
print(Level.LOW is LOW)


@global_enum
class Mode(IntFlag):
    READ = 1
    WRITE = 2
    EXEC = 4


print(repr(READ), repr(READ | WRITE), str(READ | EXEC))
print(show_flag_values(7), show_flag_values(10), show_flag_values(0))
print(Mode.__repr__ is enum.global_flag_repr, Level.__str__ is enum.global_str)
print(repr(Mode(9)), Mode(3).name)


@global_enum
class Plain(Flag):
    ONE = 1
    TWO = 2


print(str(ONE), format(TWO))
print(repr(ONE))
