import abc
import functools
import gc
import weakref

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...

try:
    Shape()
except TypeError as e:
    print("TypeError:", e)

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return "square"

print(Square(3).area(), Square(2).name)
def make_virtual():
    class Virtual:
        def area(self):
            return 0
    Shape.register(Virtual)
    return Virtual
V = make_virtual()
print(issubclass(V, Shape), isinstance(V(), Shape))
vw = weakref.ref(V)
del V
gc.collect()
print("virtual subclass freed (ABC registry is weak):", vw() is None)

@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(1), describe([1, 2]), describe("s"), describe(True))
def make_cls():
    class Local:
        pass
    return Local
L = make_cls()
print(describe(L()).split(" at ")[0])
lw = weakref.ref(L)
del L
gc.collect()
print("class used in dispatch cache freed:", lw() is None)
print(sorted(t.__name__ for t in describe.registry))

@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 0), Version(2,)]
print(sorted(vs), Version(1, 2) >= Version(1, 0), max(vs))
class Meta(abc.ABCMeta):
    pass
class Base(metaclass=Meta):
    @abc.abstractmethod
    def run(self): ...
print(Base.__abstractmethods__)
