# A class is always in a reference cycle (its __mro__ holds it), so only
# the collector frees it; gc.collect() counts the class with the objects
# CPython's type owns: its namespace dict (when it holds a function or
# descriptor), the __mro__ and __bases__ tuples and the __dict__/__weakref__
# getset descriptors. A bases tuple of builtin types only is untracked once
# it survives a collection; __mro__ and __bases__ are the same tuple at
# every read; __base__ is the best base.
import gc, sys

gc.collect()

class Temp:
    pass
print(Temp.__mro__ is Temp.__mro__, Temp.__bases__ is Temp.__bases__, Temp.__base__)
del Temp
print("empty class:", gc.collect())

class WithMethod:
    def method(self):
        return 1
    x = 1
del WithMethod
print("class with a method:", gc.collect())

class Slotted:
    __slots__ = ("a", "b")
del Slotted
print("slotted class:", gc.collect())

class Base:
    pass
class Derived(Base):
    pass
print(Derived.__base__.__name__, [c.__name__ for c in Derived.__mro__])
del Base, Derived
print("base and derived:", gc.collect())

class Survivor:
    pass
gc.collect()
del Survivor
print("class that survived a collection:", gc.collect())

class IntSub(int):
    pass
class ListSub(list):
    pass
class ErrorSub(ValueError):
    pass
print(IntSub.__base__, ListSub.__base__, ErrorSub.__base__)
del IntSub, ListSub, ErrorSub
print("builtin subclasses:", gc.collect())

class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(sorted(Meta.__dict__), type(WithMeta).__name__)
del WithMeta
print("class with a metaclass:", gc.collect())
del Meta
print("metaclass:", gc.collect())

Dyn = type("Dyn", (), {"f": lambda self: 1})
del Dyn
print("type() class:", gc.collect())

class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(sys.getrefcount(A), sys.getrefcount(B), sys.getrefcount(D))
print(D.__base__.__name__, [k.__name__ for k in D.__bases__])
del A, B, C, D
print("diamond:", gc.collect())

def make_class(n):
    class Local:
        value = n
        def get(self):
            return self.value
        def __repr__(self):
            return f"Local({self.value})"
    return Local

classes = [make_class(i) for i in range(3)]
objs = [cls() for cls in classes]
print(objs, [o.get() for o in objs])
del classes
print("classes kept by instances:", gc.collect())
del objs
print("factory classes:", gc.collect())

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def scope():
    class Local(Node):
        pass
    n = Local("instance of a local class")
    n.cls = Local
    return n

x = scope()
del x
print("local class with its instance:", gc.collect())
