# super() in its forms: zero-argument in methods and classmethods, through a
# diamond (cooperative __init__ along the MRO), two-argument super(C, self)
# and super(C, cls), super through a property, unbound super(C), super()
# without a usable first argument, and the repr of super objects.
class Base:
    def __init__(self, **kw):
        print("Base.__init__", sorted(kw))
        self.base_done = True
    def greet(self):
        return "base"
    def make(cls):
        return f"made {cls.__name__}"
    make = classmethod(make)
    def _get_size(self):
        return 10
    size = property(_get_size)

class Left(Base):
    def __init__(self, left=None, **kw):
        print("Left.__init__", left)
        super().__init__(**kw)
    def greet(self):
        return "left+" + super().greet()

class Right(Base):
    def __init__(self, right=None, **kw):
        print("Right.__init__", right)
        super().__init__(**kw)
    def greet(self):
        return "right+" + super().greet()

class Diamond(Left, Right):
    def __init__(self, **kw):
        print("Diamond.__init__")
        super().__init__(**kw)
    def greet(self):
        return "diamond+" + super().greet()
    def make(cls):
        return "diamond " + super().make()
    make = classmethod(make)
    def _get_size(self):
        return super().size * 2
    size = property(_get_size)

d = Diamond(left=1, right=2, extra=3)
print([c.__name__ for c in Diamond.__mro__])
print(d.greet(), d.base_done)
print(Diamond.make(), d.make())
print(d.size)
print(super(Left, d).greet(), super(Diamond, d).greet())
print(super(Diamond, Diamond).make())
s = super(Left, d)
print(repr(s), s.__thisclass__.__name__, s.__self__ is d, s.__self_class__.__name__)
u = super(Base)
print(repr(u), u.__self__, u.__self_class__)
print(repr(super(Diamond, Diamond)))

def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)

class NoArgs:
    def m():
        return super()
    def nested(self):
        def inner():
            return super().greet()
        return inner()
    m = staticmethod(m)
try:
    NoArgs.m()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    NoArgs().nested()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(Left, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    super(1, d)
except TypeError as e:
    print("TypeError:", e)
try:
    super(Left, d).missing
except AttributeError as e:
    print("AttributeError:", e)
