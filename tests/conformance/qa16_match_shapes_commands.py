from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Circle:
    center: Point
    r: int

def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y) | Point(x=y, y=0):
            return f"on axis at {y}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=c, r=r):
            return f"circle r={r} at {c}"
        case [first, *rest]:
            return f"seq starting {first} (+{len(rest)})"
        case {"type": "rect", "w": w, "h": h, **others}:
            return f"rect {w}x{h} extra={others}"
        case str() as s if s:
            return f"string {s}"
        case int(n) | float(n):
            return f"number {n}"
        case None:
            return "nothing"
        case _:
            return "unknown"

for s in [Point(0, 0), Point(0, 5), Point(3, 0), Circle(Point(1, 2), 20), Circle(Point(1, 2), 2),
          [1, 2, 3], (9,), {"type": "rect", "w": 2, "h": 3, "fill": "red"}, "hi", "", 4, 2.5, None, {1}]:
    print(describe(s))

def cmd(line):
    match line.split():
        case ["go", ("north" | "south") as d]:
            return f"going {d}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit"]:
            return "bye"
        case _:
            return f"unknown: {line!r}"
for l in ["go north", "go west", "take a b", "take", "quit"]:
    print(cmd(l))
