# An ordinary program (qa14 sweep): a class hierarchy with super(),
# properties with setter/deleter, classmethods/staticmethods, mixins and the
# MRO; str() of an abstract shape raises NotImplementedError uncaught.
import math
class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def __str__(self):
        return f"{self.name} with area {self.area():.2f}"
    def __lt__(self, other):
        return self.area() < other.area()

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self._r = r
    @property
    def radius(self):
        return self._r
    @radius.setter
    def radius(self, v):
        if v < 0:
            raise ValueError("radius must be non-negative")
        self._r = v
    @radius.deleter
    def radius(self):
        print("deleting radius")
        del self._r
    def area(self):
        return math.pi * self._r ** 2

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    @classmethod
    def square(cls, s):
        return cls(s, s)
    @staticmethod
    def unit():
        return Rect(1, 1)

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

class JsonMixin:
    def to_json(self):
        import json
        return json.dumps({k: v for k, v in vars(self).items() if not k.startswith("_")}, sort_keys=True)

class LogMixin:
    def log(self, msg):
        print(f"[{type(self).__name__}] {msg}")

class Tri(JsonMixin, LogMixin, Shape):
    def __init__(self, a, b, c):
        super().__init__("triangle")
        self.a, self.b, self.c = a, b, c
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle {a, b, c}")
    def area(self):
        s = (self.a + self.b + self.c) / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))

shapes = [Circle(1.5), Rect(2, 3), Square(2), Rect.square(3), Rect.unit(), Tri(3, 4, 5)]
for s in sorted(shapes):
    print(s)
print(Shape.count, Tri.__mro__)
print([c.__name__ for c in Square.__mro__], Square.__bases__, issubclass(Square, Shape), isinstance(shapes[2], Rect))
t = shapes[-1]
t.log("hello")
print(t.to_json())
c = shapes[0]
c.radius = 2
print(c.radius, c.area())
try:
    c.radius = -1
except ValueError as e:
    print(e)
del c.radius
try:
    print(c.radius)
except AttributeError as e:
    print("AttributeError:", e)
try:
    Tri(1, 2, 10)
except ValueError as e:
    print(e)
print(Shape.count)
try:
    Shape("generic").area()
except NotImplementedError as e:
    print(repr(e))
print(vars(Rect(1, 2)), type(Circle.radius), type(Circle.__dict__["area"]), Rect.square, Rect.unit.__qualname__)
print(str(Shape("x")))
