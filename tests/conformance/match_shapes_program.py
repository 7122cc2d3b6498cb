# match statements over class patterns with __match_args__ and keywords,
# dataclasses, nested sequence and mapping patterns with **rest, or-patterns
# with as, guards, literal and None patterns, enum members, and the TypeErrors
# for too many positional sub-patterns.
from dataclasses import dataclass
class Point:
    __match_args__ = ("x", "y")
    def __init__(s, x, y): s.x, s.y = x, y
@dataclass
class Circle:
    c: Point
    r: float
def desc(o):
    match o:
        case Point(0, 0): return "origin"
        case Point(x, 0) if x > 0: return f"pos x-axis {x}"
        case Point(x=0, y=yy): return f"y-axis {yy}"
        case Circle(Point(x, y), r=rad) if rad > 10: return f"big circle at {x},{y}"
        case Circle(c=p, r=r): return f"circle {p.x} {r}"
        case [1, *rest]: return f"starts 1 rest {rest}"
        case (a, b): return f"pair {a} {b}"
        case {"type": "user", "name": str(n), **extra}: return f"user {n} {extra}"
        case {"type": t}: return f"type {t}"
        case str() | bytes() as s: return f"stringish {s!r}"
        case int(n) if n < 0: return "neg"
        case 1 | 2 | 3: return "small"
        case None: return "none"
        case _: return "other"
for o in [Point(0,0), Point(3,0), Point(0,4), Point(1,1), Circle(Point(1,2), 11), Circle(Point(5,5), 2), [1,2,3], (7,8), [9], {"type":"user","name":"bo","age":3}, {"type":"x"}, "s", b"b", -5, 2, None, 3.5]:
    print(desc(o))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e: print(e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2): pass
except TypeError as e: print(e)
match {"a": 1, "b": 2}:
    case {"a": 1, "b": 2, **kw}: print("kw", kw)
match 5:
    case x: print("capture", x)
match (1, [2, 3]):
    case (1, [x, *ys]) : print(x, ys)
import enum
class Color(enum.Enum):
    RED = 1; GREEN = 2
match Color.GREEN:
    case Color.RED: print("red")
    case Color.GREEN: print("green")
match 42:
    case int(v) as whole: print(v, whole)
