"""A builtin base listed before a Python mixin supplies what it defines:
the MRO is searched in order, and str/int/list/dict/BaseException define
their slot wrappers and methods in their own namespace, so a mixin after
them in the MRO does not override them (its other methods still work).
The everyday case is the pre-3.11 string enum `class Color(str, Enum)`:
members hash and compare as their strings, so they find and are found as
dict keys and set items; its repr/str/format stay Enum's (EnumType puts
them back), and Flag classes mixed with int keep Flag's operators."""
from enum import Enum, IntEnum, IntFlag
import json


class Mixin:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        return "mixin-eq"

    def __len__(self):
        return 99

    def upper(self):
        return "mixin-upper"

    def __repr__(self):
        return "mixin-repr"

    def describe(self):
        return f"describe({str.__str__(self) if isinstance(self, str) else self!r})"


class S(str, Mixin):
    pass


s = S("ab")
print(hash(s) == hash("ab"), s == "ab", len(s), s.upper(), repr(s), s.describe())
print(S.__hash__ is str.__hash__, S.__eq__ is str.__eq__, S.upper is str.upper, S.describe is Mixin.describe)


class N(int, Mixin):
    pass


n = N(3)
print(hash(n), n == 3, len(n), repr(n), n.describe())


class L(list, Mixin):
    pass


lst = L([1, 2])
print(L.__hash__, lst == [1, 2], len(lst), repr(lst), lst.describe())


class Color(str, Enum):
    RED = "red"
    BLUE = "blue"


table = {"red": "#f00", "blue": "#00f"}
print(table[Color.RED], Color.BLUE in {"blue"}, "red" in {Color.RED}, hash(Color.RED) == hash("red"))
print(Color.RED == "red", Color.RED.upper(), len(Color.BLUE), Color.RED + "!", Color("blue"))
print(repr(Color.RED), str(Color.RED), f"{Color.RED}", format(Color.BLUE, ">12"))
print(sorted([Color.RED, Color.BLUE]), json.dumps({"c": Color.RED, "list": [Color.BLUE]}))


class Num(int, Enum):
    ONE = 1
    TWO = 2


print({1: "x"}[Num.ONE], Num.TWO + 1, Num.ONE == 1, Num.ONE < Num.TWO, hash(Num.TWO) == hash(2), repr(Num.ONE), str(Num.TWO))


class Level(IntEnum):
    LOW = 1
    HIGH = 3


print(sorted([Level.HIGH, 2, Level.LOW]), Level.HIGH > 2, max(Level), f"{Level.LOW}", repr(Level.HIGH))


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


p = Perm.R | Perm.W
print(repr(p), p, int(p), p & Perm.R, repr(p | 1), repr(~Perm.R), Perm.R in p, repr(Perm.X ^ Perm.W))


class Plain(Enum):
    A = 1


print(Plain.__lt__ is object.__lt__, Plain.__eq__ is object.__eq__, Plain.A == Plain.A, Plain.A != 1)
try:
    Plain.A < Plain.A
except TypeError as e:
    print("TypeError:", e)


class Helper:
    def __init__(self, *args):
        print("Helper.__init__ called")
        self.helper_ran = True

    def __str__(self):
        return "helper-str"


class AppError(Exception, Helper):
    pass


err = AppError("disk", 3)
print(err.args, hasattr(err, "helper_ran"), str(err), repr(err))


class Meta(type):
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"


class WithMeta(metaclass=Meta):
    pass


print(repr(WithMeta), WithMeta.__repr__ is object.__repr__, repr(WithMeta()).startswith("<__main__.WithMeta object"))


class Mode(IntFlag):
    READ = 4
    WRITE = 2


print(repr(Mode(8)), str(Mode(8)), repr(Mode(12)), repr(Mode(0)), Mode(9) | Mode.READ, repr(Mode(16) | Mode(1)))
print(list(Mode(14)), Mode(8).name, Mode(12).name, Mode(0).name)
