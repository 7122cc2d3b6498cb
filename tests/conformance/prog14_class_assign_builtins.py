# Changing an object's __class__: allowed between Python classes of one
# layout (the finalizer that runs is the new class's), refused for instances
# of builtin types (immutable types) and between subclasses of variable-size
# builtins (int, tuple, bytes) that each added a __dict__.
class Base:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("Base del", self.n)


class Other:
    def __del__(self):
        print("Other del", self.n)


class NoDel:
    pass


x = Base(1)
x.__class__ = Other
del x
y = Base(2)
y.__class__ = NoDel
del y
print("NoDel has no finalizer")


def describe(v):
    return type(v).__name__


def noop():
    pass


for v in (1, "s", (1,), [], {}, noop, 1.5, None, print, range(3), {1}, b"x", 2j, frozenset()):
    try:
        v.__class__ = Base
    except (TypeError, AttributeError) as e:
        print(describe(v), type(e).__name__, e)
    try:
        del v.__class__
    except (TypeError, AttributeError) as e:
        print(describe(v), "del:", type(e).__name__, e)
try:
    noop.__class__ = 3
except TypeError as e:
    print(e)


class L(list):
    pass


class L2(list):
    pass


lst = L([1, 2])
lst.__class__ = L2
print(type(lst).__name__, lst)


class T(tuple):
    pass


class T2(tuple):
    pass


class T3(T):
    pass


class I(int):
    pass


class I2(int):
    pass


class IS(int):
    __slots__ = ()


class IS2(int):
    __slots__ = ()


for obj, target in ((T((1,)), T2), (T((1,)), T3), (T3(), T), (I(5), I2), (IS(5), IS2), (I(5), IS)):
    try:
        obj.__class__ = target
        print(describe(obj), "became", target.__name__, obj)
    except TypeError as e:
        print(type(e).__name__, e)
