# A class's own __new__: type_call runs it with (cls, *args), then __init__ only when the
# result is an instance of the class. Interning through a WeakValueDictionary is the classic use.
import weakref
import gc
gc.disable()
class Symbol:
    _interned = weakref.WeakValueDictionary()
    def __new__(cls, name):
        existing = cls._interned.get(name)
        if existing is not None:
            print("reuse", name)
            return existing
        self = super().__new__(cls)
        cls._interned[name] = self
        print("new", name)
        return self
    def __init__(self, name):
        print("init", name)
        self.name = name
    def __del__(self):
        print("del", self.name)
a = Symbol("x")
b = Symbol("x")
print(a is b, len(Symbol._interned))
c = Symbol("y")
del c
print(sorted(Symbol._interned))
del a, b
print(sorted(Symbol._interned))
class NotMine:
    def __new__(cls, *args):
        return 42
    def __init__(self, *args):
        print("never runs")
print(NotMine(1, 2))
class Plain:
    pass
p = object.__new__(Plain)
print(type(p).__name__, gc.is_tracked(p))
def t(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
t(lambda: object.__new__(Plain, 1))
t(lambda: object.__new__(1))
t(lambda: object.__new__())
t(lambda: object.__new__(ValueError))
class WithInit:
    def __init__(self, x):
        self.x = x
t(lambda: type(object.__new__(WithInit, 5)).__name__)
class Passes:
    def __new__(cls, x):
        return super().__new__(cls, x)
t(lambda: Passes(1))
class Child(Symbol):
    pass
k = Child("z")
print(type(k).__name__, Child("z") is k)
del k
print(sorted(Symbol._interned))
