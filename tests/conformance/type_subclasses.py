# type.__subclasses__(): a class keeps weak references to its subclasses, so
# a dead subclass disappears (after the collector breaks its MRO cycle);
# builtin classes list their builtin subclasses in CPython's order
# (exceptions by name within each level), then the program's own.
import gc
gc.disable()

class Base:
    pass
class A(Base):
    pass
class B(Base):
    pass
class C(A, B):
    pass
print(Base.__subclasses__(), A.__subclasses__(), B.__subclasses__(), C.__subclasses__())
del A
gc.collect()
print(Base.__subclasses__(), B.__subclasses__())
del C
gc.collect()
print(Base.__subclasses__(), B.__subclasses__())

print([c.__name__ for c in BaseException.__subclasses__()])
print([c.__name__ for c in ArithmeticError.__subclasses__()])
print([c.__name__ for c in LookupError.__subclasses__()][:2])
print([c.__name__ for c in ConnectionError.__subclasses__()])
print([c.__name__ for c in UnicodeError.__subclasses__()])
print([c.__name__ for c in BaseExceptionGroup.__subclasses__()])
print([c.__name__ for c in NameError.__subclasses__()], ImportError.__subclasses__()[0].__name__)
print(ExceptionGroup in Exception.__subclasses__(), bool in int.__subclasses__())

class MyError(KeyError):
    pass
print(KeyError.__subclasses__())
del MyError
gc.collect()
print(KeyError.__subclasses__())

class MyInt(int):
    pass
print(int.__subclasses__()[-1].__name__)

class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(Meta.__subclasses__(), type(WithMeta).__name__, WithMeta.__subclasses__())
print(type.__subclasses__(Meta))
try:
    Base.__subclasses__(1)
except TypeError as exc:
    print(exc)

Dyn = type("Dyn", (Base,), {})
print(Base.__subclasses__())
del Dyn
gc.collect()
print(Base.__subclasses__())

def make_family():
    class Parent:
        pass
    class Child(Parent):
        pass
    return Parent
P = make_family()
print([c.__name__ for c in P.__subclasses__()])
gc.collect()
print([c.__name__ for c in P.__subclasses__()])
