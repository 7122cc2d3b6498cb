# Objects a def creates beside the function, as 3.11 makes them: the
# defaults tuple when a default is not a constant (a tuple of constants is a
# code constant and never collected), the annotations tuple kept until
# __annotations__ is first read (then a dict, untracked when it holds only
# types), and a staticmethod/classmethod's own dict (functools_wraps copies
# __module__, __name__, __qualname__, __doc__ and __annotations__ into it).
import gc

gc.collect()

def show(label):
    print(label, gc.collect())

def mutable_default():
    def f(a=[]):
        return f
    return f
mutable_default()
show("mutable default:")

def constant_defaults():
    def f(a=1, b="x", c=(1, 2), d=-1):
        return f
    return f
print(constant_defaults().__defaults__)
show("constant defaults:")

def default_from_variable():
    x = 5
    def f(a=x):
        return f
    return f
default_from_variable()
show("default from a variable:")

def annotated():
    def f(a: int, b: list) -> str:
        return f
    return f
annotated()
show("annotations never read:")

def annotated_read():
    def f(a: int) -> str:
        return f
    print(f.__annotations__, f.__annotations__ is f.__annotations__)
    return f
annotated_read()
show("annotations read:")

def string_annotations():
    def f(a: "int") -> "str":
        return f
    return f
string_annotations()
show("string annotations:")

def with_staticmethod():
    @staticmethod
    def s(x: int = 0) -> int:
        return s
    print(sorted(s.__dict__), s.__name__, s.__qualname__)
    return s
with_staticmethod()
show("staticmethod:")

def local_class():
    class Shape:
        sides = 0
        def __init__(self, name: str, size: float = 1.0) -> None:
            self.name = name
            self.size = size
        @classmethod
        def unit(cls) -> "Shape":
            return cls("unit")
        @staticmethod
        def describe(n: int) -> str:
            return f"{n} sides"
        @property
        def area(self) -> float:
            return self.size ** 2
    s = Shape.unit()
    print(s.name, s.area, Shape.describe(4))
    return Shape

cls = local_class()
gc.collect()
del cls
show("local class with annotated methods:")

def f(x, y=[]):
    return y
f.__defaults__ = ([1],)
print(f(0), f.__defaults__ is f.__defaults__)
f.__defaults__ = None
print(f.__defaults__)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print("TypeError:", e)
sm = staticmethod(f)
sm.tag = "t"
print(sm.tag, sm.__module__, sm.__wrapped__ is f, type(sm.__dict__).__name__)
