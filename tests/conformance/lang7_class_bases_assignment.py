# Assigning C.__bases__ (type_set_bases): the new MRO for the class and
# its subclasses, method lookup following it at once, __subclasses__ of old
# and new bases, `C.__bases__ is t`, an old __mro__ tuple keeping its old
# contents; every refusal with CPython's message (non-tuple, empty, not a
# class, inheritance cycle, duplicate base, MRO conflict -- leaving every
# class unchanged --, deallocator / layout differences, builtin types,
# deletion). Then the other type attributes a program may assign or delete:
# __name__/__qualname__/__doc__/__module__/__annotations__/__dict__/__mro__,
# and __class__ (a metaclass swap). Classes die when unreachable afterwards.
# CPython: Objects/typeobject.c type_set_bases, compatible_for_assignment,
#   mro_hierarchy, check_set_special_type_attr, object_set_class.
import gc, weakref
class A:
    def f(self): return "A"
class B:
    def f(self): return "B"
    def g(self): return "B.g"
class C(A): pass
class D(C): pass
c, d = C(), D()
old_mro = C.__mro__
print(c.f(), d.f(), C.__bases__, [k.__name__ for k in D.__mro__])
t = (B,)
C.__bases__ = t
print(C.__bases__ is t, c.f(), d.f(), d.g(), [k.__name__ for k in C.__mro__], [k.__name__ for k in D.__mro__])
print([k.__name__ for k in old_mro], isinstance(c, A), isinstance(d, B), issubclass(D, A))
print([k.__name__ for k in A.__subclasses__()], [k.__name__ for k in B.__subclasses__()])
C.__bases__ = (A, B)
print(c.f(), c.g(), [k.__name__ for k in D.__mro__])
def attempt(cls, bases):
    try:
        cls.__bases__ = bases
        print("ok", [k.__name__ for k in cls.__mro__])
    except TypeError as e:
        print(type(e).__name__, e)
class S:
    __slots__ = ("x",)
class S2:
    __slots__ = ("x",)
class S3:
    __slots__ = ("y",)
class L(list): pass
class L2(list): pass
attempt(C, [A]); attempt(C, ()); attempt(C, (A, 1)); attempt(C, (D,)); attempt(C, (C,)); attempt(C, (A, A))
attempt(C, (object,)); attempt(C, (int,)); attempt(C, (S,)); attempt(C, (L,)); attempt(C, (A, S))
class P1: pass
class P2(P1): pass
class Q(P1): pass
class R(Q): pass
attempt(Q, (P1, P2))
print([k.__name__ for k in R.__mro__])
class Plain: pass
attempt(Plain, (A,))
class T(S): pass
attempt(T, (S2,)); attempt(T, (S3,))
class F(L): pass
attempt(F, (L2,)); attempt(F, (list,))
try:
    int.__bases__ = (object,)
except TypeError as e: print(e)
for op in ["del C.__bases__", "del C.__name__", "del C.__qualname__", "del C.__doc__", "del C.__module__", "del C.__mro__",
           "del C.__dict__", "C.__dict__ = {}", "C.__mro__ = ()", "del C.__annotations__", "C.__annotations__ = {'a': int}",
           "del C.__annotations__", "C.__doc__ = 'doc'", "C.__name__ = 3", "del C.__class__", "C.__class__ = type", "C.__class__ = 5"]:
    try:
        exec(op)
        print("ok", op)
    except (TypeError, AttributeError) as e:
        print(op, "->", type(e).__name__, e)
print(C.__doc__)
class M1(type):
    def hello(cls): return "M1 " + cls.__name__
class M2(type):
    def hello(cls): return "M2 " + cls.__name__
class K(metaclass=M1): pass
K.__class__ = M2
print(K.hello(), type(K).__name__, isinstance(K, M1))
gc.disable()
w = weakref.ref(C)
old = A
del C, D, c, d, old_mro, t
gc.collect()
print(w(), [k.__name__ for k in A.__subclasses__()], [k.__name__ for k in B.__subclasses__()])
