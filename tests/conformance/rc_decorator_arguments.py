# How many references a decorated object has inside its decorator: a
# Python function decorator receives it moved into its frame (CALL steals
# the argument), while a bound method, a class or a callable object used as
# a decorator is called with the object still on the caller's stack
# (compiler_apply_decorators' PRECALL 0/CALL 0 form), one more reference.
import sys, functools

def plain(fn):
    print("plain function decorator:", sys.getrefcount(fn))
    return fn

class Registry:
    def __init__(self):
        self.items = []
    def register(self, fn):
        print("bound method decorator:", sys.getrefcount(fn))
        self.items.append(fn)
        return fn
    def __call__(self, fn):
        print("callable object decorator:", sys.getrefcount(fn))
        return fn

class Wrapper:
    def __init__(self, fn):
        print("class decorator:", sys.getrefcount(fn))
        self.fn = fn

reg = Registry()

@plain
def a():
    pass

@reg.register
def b():
    pass

@reg
def c():
    pass

@Wrapper
def d():
    pass

@plain
@plain
class K:
    pass

def outer(label):
    def deco(fn):
        print(label, sys.getrefcount(fn))
        return fn
    return deco

@outer("decorator factory:")
def e():
    pass

m = reg.register
@m
def f():
    pass

def explicit(fn):
    print("explicit call:", sys.getrefcount(fn))
explicit(lambda: 0)
m(lambda: 0)

@functools.wraps(a)
def g():
    pass
print(g.__name__, sys.getrefcount(a), sys.getrefcount(b), len(reg.items))

def failing(fn):
    print("failing decorator:", sys.getrefcount(fn))
    raise ValueError("no")
try:
    @failing
    def h():
        pass
except ValueError as err:
    print("ValueError:", err)
