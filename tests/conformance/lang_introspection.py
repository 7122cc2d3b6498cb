# Introspection attributes: __name__ of classes and functions, __class__,
# instance __dict__ (insertion order), bound methods' __self__ and __func__
# (a new bound method each access, equal but not identical), and methods
# looked up on the class (C.__del__, obj.__eq__(x)).
# CPython: classobject.c method_richcompare, typeobject.c subtype_dict.
class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def __del__(self):
        pass


def helper():
    return 1


s = Shape(2, 3)
s.label = "box"
print("names:", Shape.__name__, helper.__name__, s.__class__.__name__, (lambda: 0).__name__)
print("__class__ is Shape:", s.__class__ is Shape)
print("__dict__:", s.__dict__)
s.__dict__["extra"] = 1
print("writing __dict__ adds an attribute:", s.extra)
m1 = s.area
m2 = s.area
print("bound method: __self__ is s", m1.__self__ is s, "| __func__ is Shape.area", m1.__func__ is Shape.area)
print("m1 == m2:", m1 == m2, "| m1 is m2:", m1 is m2, "| call:", m1())
print("Shape.area(s):", Shape.area(s), "| has __del__:", hasattr(Shape, "__del__"), callable(Shape.__del__))
print("s.__eq__(s):", s.__eq__(s), "| s == s:", s == s)
print("type(Shape).__name__:", type(Shape).__name__, "| type(helper).__name__:", type(helper).__name__, "| type(m1).__name__:", type(m1).__name__)
del m1, m2, s
