# enum.verify with EnumCheck's UNIQUE, CONTINUOUS and NAMED_FLAGS, as in
# CPython 3.11: the checks pass through a valid enumeration and raise
# ValueError with CPython's messages otherwise; EnumCheck is a StrEnum.
from enum import CONTINUOUS, NAMED_FLAGS, UNIQUE, Enum, EnumCheck, Flag, IntEnum, IntFlag, verify


@verify(UNIQUE, CONTINUOUS)
class Weekday(IntEnum):
    MON = 1
    TUE = 2
    WED = 3


print(list(Weekday), Weekday(2))
print(list(EnumCheck), repr(UNIQUE), str(CONTINUOUS), NAMED_FLAGS == "multi-flag aliases may not contain unnamed flags")


def attempt(make):
    try:
        cls = make()
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok", cls.__name__, [m.name for m in cls])


def dup():
    @verify(UNIQUE)
    class Color(Enum):
        RED = 1
        CRIMSON = 1
        GREEN = 2
        LIME = 2
    return Color


def gap():
    @verify(CONTINUOUS)
    class Grade(IntEnum):
        A = 1
        C = 3
        F = 6
    return Grade


def flag_gap():
    @verify(CONTINUOUS)
    class Bits(IntFlag):
        ONE = 1
        EIGHT = 8
    return Bits


def named():
    @verify(NAMED_FLAGS)
    class Perm(Flag):
        R = 1
        W = 2
        RWX = 7
    return Perm


def named_ok():
    @verify(NAMED_FLAGS, UNIQUE)
    class Perm(Flag):
        R = 1
        W = 2
        RW = 3
    return Perm


def not_enum():
    @verify(UNIQUE)
    class Plain:
        pass
    return Plain


for make in (dup, gap, flag_gap, named, named_ok, not_enum):
    attempt(make)
