# Calls with up to three positional arguments build their argument list
# at its exact size (self first for a method found by LOAD_METHOD): the
# order arguments are evaluated and, when one raises, released (last to
# first, then the callable); references an argument has during the call
# (sys.getrefcount: the caller's, the argument tuple of a class call, the
# frame's); class calls with __init__, __new__, a metaclass __call__, an
# exception class; and calls with more arguments or keywords.
import sys


class V:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def make(name):
    print("eval", name)
    return V(name)


def fail(msg):
    print("eval fail")
    raise RuntimeError(msg)


def f0():
    return "f0"


def f1(a):
    return a.name


def f2(a, b):
    return a.name + b.name


def f3(a, b, c):
    return a.name + b.name + c.name


def f4(a, b, c, d):
    return a.name + b.name + c.name + d.name


print(f0())
print(f1(make("a")))
print(f2(make("a"), make("b")))
print(f3(make("a"), make("b"), make("c")))
print(f4(make("a"), make("b"), make("c"), make("d")))

for n in range(3):
    try:
        if n == 0:
            f3(fail("first"), make("x"), make("y"))
        elif n == 1:
            f3(make("p"), fail("second"), make("q"))
        else:
            f3(make("r"), make("s"), fail("third"))
    except RuntimeError as e:
        print("RuntimeError", e)


class Box:
    def __init__(self, tag):
        self.tag = tag

    def m0(self):
        return self.tag

    def m1(self, a):
        return self.tag + a.name

    def m3(self, a, b, c):
        return self.tag + a.name + b.name + c.name

    def count(self, x):
        return sys.getrefcount(x)


b = Box("B")
print(b.m0(), b.m1(make("a")), b.m3(make("a"), make("b"), make("c")))
try:
    b.m3(make("a"), fail("in method"), make("c"))
except RuntimeError as e:
    print("RuntimeError", e)
try:
    b.m1()
except TypeError as e:
    print("TypeError", e)
try:
    b.m1(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    b.missing(make("never evaluated?"))
except AttributeError as e:
    print("AttributeError", e)

x = V("counted")
print("plain call", b.count(x))
unbound = Box.count
print("unbound", unbound(b, x))
bound = b.count
print("bound", bound(x))


class Probe:
    def __init__(self, a, b=None):
        print("refs in __init__", sys.getrefcount(a))
        self.a = a


p = Probe(x)
print("refs after", sys.getrefcount(x))
p = Probe(x, b=1)
del p
print("refs at end", sys.getrefcount(x))


class WithNew:
    def __new__(cls, a):
        print("new", a)
        return super().__new__(cls)

    def __init__(self, a):
        print("init", a)


WithNew(1)


class Meta(type):
    def __call__(cls, *args):
        print("meta call", args)
        return super().__call__(*args)


class Made(metaclass=Meta):
    def __init__(self, a, b):
        self.s = a + b


print(Made(1, 2).s)


class MyErr(Exception):
    pass


e = MyErr(1, 2)
print(e.args, repr(ValueError("v")))
try:
    Probe()
except TypeError as err:
    print("TypeError", err)
try:
    Probe(fail("class arg"))
except RuntimeError as err:
    print("RuntimeError", err)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as err:
    print("TypeError", err)
print(type(NoInit()).__name__)
print(max(3, 7), len([1, 2]), isinstance(b, Box), divmod(7, 2))
print("end")
