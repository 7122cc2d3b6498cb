# Decorators: factories with arguments evaluated top-down and applied
# bottom-up, functools.wraps and __wrapped__ chains, class decorators,
# property/staticmethod/classmethod, a counting decorator on a recursive
# function and a class-based decorator with __get__ for methods.
import functools
def trace(label):
    print("trace factory", label)
    def deco(fn):
        print("decorating", fn.__name__, "with", label)
        @functools.wraps(fn)
        def wrapper(*a, **k):
            print(label, "->", fn.__name__, a, k)
            return fn(*a, **k)
        return wrapper
    return deco
def plain(fn):
    print("plain", fn.__name__)
    return fn
@trace("A")
@plain
@trace("B")
def add(x, y=2, *, z=3):
    "adds"
    return x + y + z
print(add(1, z=10), add.__name__, add.__doc__, add.__wrapped__.__name__)
print(add.__wrapped__.__wrapped__.__name__)
def cdeco(cls):
    print("class deco", cls.__name__)
    cls.tag = "tagged"
    return cls
@cdeco
class K:
    @property
    def p(self): return 1
    @staticmethod
    def s(a): return a*2
    @classmethod
    def c(cls, a): return cls.__name__ + a
print(K.tag, K().p, K.s(2), K.c("!"), K().c("?"))
def count_calls(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@count_calls
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(10), fib.calls)
class Deco:
    def __init__(s, f): s.f = f; functools.update_wrapper(s, f)
    def __call__(s, *a): return s.f(*a) * 10
    def __get__(s, obj, typ=None):
        if obj is None: return s
        return functools.partial(s, obj)
class U:
    @Deco
    def m(self, x): return x
print(U().m(4), U.m.__name__, type(U.m).__name__)
order = []
def d(n):
    order.append(("eval", n))
    def inner(f):
        order.append(("apply", n)); return f
    return inner
@d(1)
@d(2)
def h(): pass
print(order)
