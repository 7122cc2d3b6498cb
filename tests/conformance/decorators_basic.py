# Decorators on functions and classes: evaluated top to bottom before the
# definition, applied bottom to top, any callable works (functions,
# classes, builtins, lambdas, calls returning decorators), and the name is
# bound to whatever the last decorator returns.
def trace(label):
    print("evaluating trace", label)
    def deco(f):
        print("applying", label, "to", getattr(f, "__name__", f))
        def wrapper(*args, **kwargs):
            print(label, "calls", f.__name__, args, kwargs)
            return f(*args, **kwargs)
        wrapper.__name__ = f.__name__
        return wrapper
    return deco

def default():
    print("evaluating default")
    return 10

@trace("outer")
@trace("inner")
def add(a, b=default()):
    return a + b

print(add(1))
print(add(1, b=2))
print(add.__name__)

registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls

@register
class A:
    pass

@register
@register
class B:
    pass
print(registry, A.__name__)

@type
def shown():
    pass
print(shown)

class Wrap:
    def __init__(self, f):
        self.f = f
        print("Wrap made for", f.__name__)
    def __call__(self, *args):
        return ("wrapped", self.f(*args))

@Wrap
def double(x):
    return 2 * x
print(double(4), type(double).__name__)

@lambda f: f()
def value():
    return 42
print(value)

decorators = [trace("from list")]
@decorators[0]
def indexed():
    return "indexed"
print(indexed())

def counter(f):
    f.count = 0
    return f
@counter
def g():
    pass
print(g.count)

def bad(f):
    raise ValueError("decorator failed")
try:
    @bad
    def nope():
        pass
except ValueError as e:
    print(e)
print("nope" in globals())
try:
    @undefined_decorator
    def never():
        pass
except NameError as e:
    print(e)
