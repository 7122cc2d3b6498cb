# Class instantiation on the positional fast path: what type_call's
# argument tuple holds (sys.getrefcount inside __init__), the order the
# arguments and the new instance die in, and every case that must keep the
# general path (metaclass __call__, __new__, keyword arguments, defaults,
# an __init__ replaced on the class between calls or while one runs).
import sys
import abc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class P:
    total = -1

    def __init__(self, a, b=10):
        print("P.__init__", sys.getrefcount(a), b)
        self.total = b

    def __del__(self):
        print("del P", self.total)


x = object()
print("before", sys.getrefcount(x))
p = P(x)
print("after", sys.getrefcount(x))
P(x, 3)
print("dropped")
P(Noisy("arg"), 4)
print("arg and instance gone")


class Keep:
    def __init__(self, a, b, c):
        self.items = (a, b, c)


k = Keep(Noisy("k1"), Noisy("k2"), Noisy("k3"))
print("kept", [n.name for n in k.items])
del k
print("released")


class BadReturn:
    def __init__(self):
        return 42

    def __del__(self):
        print("del BadReturn")


try:
    BadReturn()
except TypeError as e:
    print("TypeError:", e)


class Raising:
    def __init__(self, a):
        raise ValueError("no " + a.name)

    def __del__(self):
        print("del Raising")


try:
    Raising(Noisy("raising-arg"))
except ValueError as e:
    print("ValueError:", e)


class Empty:
    pass


try:
    Empty(1)
except TypeError as e:
    print("TypeError:", e)
print(type(Empty()).__name__)

try:
    P()
except TypeError as e:
    print("TypeError:", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass

    def __init__(self, a):
        self.a = a


try:
    Base(1)
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print(WithMeta(5).a)


class WithNew:
    def __new__(cls, a):
        print("__new__", a)
        return super().__new__(cls)

    def __init__(self, a):
        print("__init__", a)


WithNew(6)


class Swap:
    def __init__(self, a):
        print("first", a)
        Swap.__init__ = second


def second(self, a, b=0):
    print("second", a, b)


Swap(1)
Swap(2)
Swap(3)
del Swap.__init__
try:
    Swap(4)
except TypeError as e:
    print("TypeError:", e)


class Sub(P):
    pass


s = Sub(x, 1)
print(type(s).__name__, s.total)
del s


def make(n):
    return [P([i], i) for i in range(n)]


made = make(3)
print(len(made))
del made
del p
print("end", sys.getrefcount(x))
