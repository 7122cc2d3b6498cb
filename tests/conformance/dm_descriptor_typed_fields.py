# A typed-field data descriptor with __set_name__ (called at class creation
# in definition order), __get__ on the class returning the descriptor, and
# data descriptors winning over the instance __dict__ while non-data
# descriptors lose to it.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.storage = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.storage, value)

class Point:
    x = Typed(int)
    y = Typed(int)
    label = Typed(str)
    def __init__(self, x, y, label):
        self.x, self.y, self.label = x, y, label
    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.label!r})"

p = Point(1, 2, "a")
print(p, sorted(p.__dict__))
try:
    p.x = "oops"
except TypeError as e:
    print("TypeError:", e)
print(type(Point.x).__name__, Point.x.name)
# The instance dict does not shadow a data descriptor.
p.__dict__["x"] = 99
print(p.x, p.__dict__["x"])

class Lazy:
    """A non-data descriptor: the instance dict shadows it once filled."""
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        print("computed", v)
        return v

class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return self.r * self.r * 3
    area = Lazy(area)

c = Circle(2)
print(c.area, c.area, c.area)
del c.area
print(c.area)

class ReadOnlyDesc:
    def __get__(self, obj, cls):
        return 7
    def __set__(self, obj, v):
        raise AttributeError("read-only")
class R:
    v = ReadOnlyDesc()
r = R()
try:
    r.v = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.v
except AttributeError as e:
    print("AttributeError:", e)
print(r.v)

class DeleteOnly:
    def __delete__(self, obj):
        print("delete called")
class S:
    d = DeleteOnly()
s = S()
del s.d
try:
    s.d = 1
except AttributeError as e:
    print("AttributeError:", e)
