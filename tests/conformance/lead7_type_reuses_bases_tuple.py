# type(name, bases, ns) keeps a non-empty bases tuple as the class's
# __bases__ (type_new takes a reference, no copy); only the implicit
# (object,) is a new tuple. Classes made from one tuple share it, so when
# dataclass(slots=True) remakes its class from cls.__bases__ the old class's
# garbage does not include a bases tuple (5 objects, as in CPython).
import gc
class A: pass
bases = (A,)
X = type("X", bases, {})
Y = type("Y", bases, {})
print(X.__bases__ is bases, Y.__bases__ is X.__bases__, A.__bases__)
class B(A): pass
print(B.__bases__, type(B.__bases__) is tuple)
Z = type("Z", (), {})
print(Z.__bases__)
gc.collect()
del X
print(gc.collect())
del Y
print(gc.collect())
from dataclasses import dataclass
gc.collect()
@dataclass(slots=True)
class NoWeak:
    a: int
print(gc.collect())
import sys
print(sys.getrefcount(bases))
