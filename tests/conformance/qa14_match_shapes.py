# An ordinary program (qa14 sweep): match statements with class, mapping,
# sequence, or and guard patterns over dataclasses and enums; too many
# positional sub-patterns raise at the end.
from dataclasses import dataclass
from enum import Enum
@dataclass
class Point:
    x: float
    y: float
@dataclass
class Circle:
    center: Point
    r: float
@dataclass
class Line:
    a: Point
    b: Point
class Color(Enum):
    RED = 1
    GREEN = 2
def describe(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"circle at origin r={r}"
        case Circle(center=Point(x=x), r=r) if r > 10:
            return f"big circle x={x}"
        case Circle():
            return "some circle"
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"vertical line at x={x1}"
        case Line(a, b):
            return f"line {a} -> {b}"
        case [Point() as p, *rest]:
            return f"polyline from {p} with {len(rest)} more"
        case {"type": "rect", "w": w, "h": h, **extra}:
            return f"rect {w}x{h} extra={extra}"
        case Color.RED | Color.GREEN as c:
            return f"color {c.name}"
        case str() | bytes() as s if len(s) > 3:
            return f"long text {s!r}"
        case int(n) | float(n) if n < 0:
            return "negative"
        case (1, 2) | [3, 4]:
            return "pair"
        case None:
            return "nothing"
        case _:
            return f"unknown {type(shape).__name__}"
for s in [Circle(Point(0, 0), 5), Circle(Point(1, 2), 50), Circle(Point(1, 2), 3), Line(Point(1, 0), Point(1, 5)),
          Line(Point(0, 0), Point(2, 3)), [Point(0, 1), Point(2, 2), Point(3, 3)], {"type": "rect", "w": 2, "h": 3, "fill": "red"},
          Color.GREEN, "hello", b"ab", -5, -2.5, (1, 2), [3, 4], None, 3.0, {"type": "circle"}]:
    print(describe(s))
def cmd(line):
    match line.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["take", *objs] if objs:
            return f"taking {', '.join(objs)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"don't know how to {verb}"
        case []:
            return "say something"
for l in ["go north", "go up", "take sword shield", "take", "exit", "dance wildly", ""]:
    print(repr(l), "->", cmd(l))
def evaluate(expr):
    match expr:
        case int() | float():
            return expr
        case ("+", l, r):
            return evaluate(l) + evaluate(r)
        case ("*", l, r):
            return evaluate(l) * evaluate(r)
        case ("neg", e):
            return -evaluate(e)
        case _:
            raise ValueError(f"bad expression {expr!r}")
print(evaluate(("+", 1, ("*", 2, ("neg", 3)))))
print(Point.__match_args__)
class Pt:
    __match_args__ = ("x",)
    def __init__(self, x): self.x = x
match Pt(3):
    case Pt(3):
        print("Pt matched")
match Pt(1):
    case Pt(1, 2):
        pass
