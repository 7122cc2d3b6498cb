# staticmethod and classmethod built by calling them (no decorator syntax):
# calling through the class and through an instance, alternative
# constructors that respect subclasses, the wrappers' attributes and reprs,
# and classmethod chaining a subclass's cls.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    def from_string(cls, s):
        y, m, d = s.split("-")
        return cls(int(y), int(m), int(d))
    from_string = classmethod(from_string)
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    is_leap = staticmethod(is_leap)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class StrictDate(Date):
    pass

print(Date.from_string("2024-02-29"), StrictDate.from_string("2023-01-02"))
d = Date(2000, 1, 1)
print(d.from_string("1999-12-31"), d.is_leap(2000), Date.is_leap(1900))
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(Date.__dict__["is_leap"].__func__ is Date.is_leap)
print(Date.__dict__["is_leap"](2024))
bound = Date.from_string
print(bound.__self__ is Date, bound.__func__ is Date.__dict__["from_string"].__func__)
print(StrictDate.from_string.__self__ is StrictDate, d.from_string.__self__ is Date)
print(Date.__dict__["from_string"].__name__, Date.__dict__["is_leap"].__qualname__)
try:
    Date.__dict__["from_string"]()
except TypeError as e:
    print("TypeError:", e)
for bad in (lambda: staticmethod(), lambda: classmethod(1, 2), lambda: staticmethod(f=1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

class Registry:
    items = []
    def register(cls, x):
        cls.items.append(x)
        return len(cls.items)
    register = classmethod(register)
print(Registry.register("a"), Registry().register("b"), Registry.items)

class Counter:
    count = 0
    def __init__(self):
        type(self).bump()
    def bump(cls):
        cls.count += 1
    bump = classmethod(bump)
class Sub(Counter):
    pass
Counter(); Sub(); Sub()
print(Counter.count, Sub.count)
sm = staticmethod(len)
print(sm("abc"), repr(sm), repr(classmethod(len)))
