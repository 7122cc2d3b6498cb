# Class objects: __name__/__qualname__ (nested, in functions), __module__,
# __doc__, __mro__ and mro(), __bases__, __subclasses__() (weak: a dead
# subclass disappears), __name__ assignment, class attribute assignment
# reaching existing instances, __dict__ contents, and dir() ordering.
import gc
gc.disable()

class Outer:
    """Outer's doc."""
    class Inner:
        pass
    def method(self):
        class Local:
            pass
        return Local

print(Outer.__name__, Outer.__qualname__, Outer.Inner.__qualname__, Outer().method().__qualname__)
print(Outer.__module__, Outer.__doc__, Outer.Inner.__doc__)
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__), D.__bases__, A.__bases__)
print([k.__name__ for k in A.__subclasses__()])
del D
gc.collect()
print([k.__name__ for k in B.__subclasses__()])

class Config:
    debug = False
c1 = Config()
print(c1.debug)
Config.debug = True
print(c1.debug, Config().debug)
c1.debug = "instance"
del Config.debug
print(c1.debug, hasattr(Config(), "debug"))
Config.__name__ = "Settings"
print(Config.__name__, Config.__qualname__, repr(Config))
Config.__qualname__ = "pkg.Settings"
print(repr(Config), type(c1).__qualname__)
try:
    Config.__name__ = 3
except TypeError as e:
    print("TypeError:", e)
try:
    int.extra = 1
except TypeError as e:
    print("TypeError:", e)

class Point:
    z = 0
    def __init__(self):
        self.x = 1
        self.y = 2
    def norm(self):
        return 0
print([n for n in dir(Point()) if not n.startswith("__")])
print([n for n in dir(Point) if not n.startswith("__")])
print(dir(Point()) == sorted(dir(Point())), "__weakref__" in dir(Point()), "__dict__" in dir(Point))
class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(WithDir()))
print(sorted(k for k in Point.__dict__ if not k.startswith("__")), Point.__dict__["z"])
