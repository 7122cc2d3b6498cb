# A metaclass that defines mro(): it is called when each class (and each
# subclass) is created, before __init_subclass__, and its result becomes
# __mro__ and the attribute lookup order; type.mro(cls) gives the default;
# a non-class in the result is a TypeError.
class M(type):
    def mro(cls):
        r = super().mro()
        print("mro called for", cls.__name__, [c.__name__ for c in r])
        return r
class Base:
    def hello(self): return "Base.hello"
    def __init_subclass__(cls, **kw): print("init_subclass", cls.__name__)
class Mixin:
    def hello(self): return "Mixin.hello"
class Reversed(type):
    def mro(cls):
        default = type.mro(cls)
        return [default[0]] + list(reversed(default[1:-1])) + [object]
class X(Base, metaclass=M): pass
print(X.__mro__)
class Y(Base, Mixin, metaclass=Reversed): pass
print([c.__name__ for c in Y.__mro__], Y().hello())
class Bad(type):
    def mro(cls): return [cls, 5]
try:
    class Z(metaclass=Bad): pass
except TypeError as e: print("TypeError:", e)
class Sub(X): pass
print([c.__name__ for c in Sub.__mro__])
