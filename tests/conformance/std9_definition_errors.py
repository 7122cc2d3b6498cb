# Errors a class body or a call makes at definition time, as 3.11: an enum
# member name given twice (or over a method), _ignore_ names left out, a
# dataclass that disagrees with its dataclass bases on frozen, and
# itertools.permutations' r type.
import itertools
from dataclasses import dataclass
from enum import Enum, IntEnum

for body in ["A = 1\n    A = 2", "A = 1\n    def A(self): pass", "def A(self): pass\n    A = 1",
             "A = 1\n    B = 2\n    B = 3"]:
    try:
        exec(f"class E(Enum):\n    {body}\n")
    except TypeError as e:
        print("TypeError", str(e).split(" at 0x")[0])


class Period(IntEnum):
    _ignore_ = "Period i"
    Period = vars()
    for i in range(3):
        Period["day_%d" % i] = i


print(list(Period), hasattr(Period, "i"), "_ignore_" in vars(Period))


class Mode(Enum):
    _ignore_ = ["tmp"]
    tmp = 5
    FAST = 1
    tmp = 6
    SLOW = 2


print(list(Mode), hasattr(Mode, "tmp"))


@dataclass(frozen=True)
class Point:
    x: int


@dataclass
class Plain:
    y: int


for name, frozen, base in [("Moving", False, Point), ("Fixed", True, Plain)]:
    try:
        dataclass(frozen=frozen)(type(name, (base,), {"__annotations__": {"z": int}}))
    except TypeError as e:
        print(name, "TypeError", e)


@dataclass(frozen=True)
class Point3(Point):
    z: int = 0


print(Point3(1, 2))
for r in ("a", 1.0, -1):
    try:
        print(list(itertools.permutations([1, 2], r)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(itertools.permutations([1, 2], None)))
