# match: class patterns: isinstance check, __match_args__ for positional
# sub-patterns, keyword attributes, missing attributes fail the case, builtin
# types match themselves for one positional sub-pattern.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Plain:
    def __init__(self):
        self.a = 1

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "origin3"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"y axis at {y}"
        case Point(x, 0):
            return f"x axis at {x}"
        case Point3(z=z) if z > 5:
            return f"high {z}"
        case Point(x, y):
            return f"at {x},{y}"
        case Plain(a=1, b=2):
            return "plain with b"
        case Plain(a=a):
            return f"plain {a}"
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case str(s) | list(s):
            return f"str or list {s!r}"
        case dict(d):
            return f"dict {d}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case _:
            return "?"

for p in [Point(0, 0), Point3(0, 0, 0), Point(0, 4), Point(3, 0), Point3(1, 2, 9), Point(1, 2), Plain(), True, 5, "s", [1], {"a": 1}, (1, 2), 2.5]:
    print(where(p))

pl = Plain()
pl.b = 2
print(where(pl))

class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return True
class Anything(metaclass=Meta):
    pass
match 3:
    case Anything():
        print("Anything matched 3")
