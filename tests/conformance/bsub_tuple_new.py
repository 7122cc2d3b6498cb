# Tuple subclasses: __new__ with super().__new__(cls, iterable), properties
# over the items, hashing and equality as a tuple, immutability, no weak
# references (a variable-size base), and __slots__ = () allowed.
import weakref

class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"

p = Point(1, 2)
print(p, p.x, p.y, p[0], len(p), tuple(p), type(tuple(p)).__name__)
print(p == (1, 2), hash(p) == hash((1, 2)), {p: "a"}[(1, 2)], p + (3,), type(p + (3,)).__name__)
x, y = p
print(x, y, list(p), p.count(1), p.index(2))
try:
    p[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError", e)

class Pair(tuple):
    pass

q = Pair([3, 4])
q.note = "has a dict"
print(q, q.note, type(q).__name__, Pair(), Pair("ab"))
try:
    weakref.ref(q)
except TypeError as e:
    print("TypeError", e)
print(tuple.__new__(Pair, [5, 6]), type(tuple.__new__(Pair, [5, 6])).__name__)
try:
    tuple.__new__(list)
except TypeError as e:
    print("TypeError", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)

class Versioned(tuple):
    def __new__(cls, *parts):
        self = super().__new__(cls, parts)
        self.text = ".".join(str(p) for p in parts)
        return self
    def __init__(self, *parts):
        print("init", parts)

v = Versioned(3, 11, 7)
print(v, v.text, v > (3, 10), sorted([Versioned(1, 2), Versioned(1, 0)]))
