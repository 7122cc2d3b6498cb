# Instance surgery in the data model: __class__ assignment (compatible
# layouts, slots, the TypeErrors), replacing an instance __dict__, vars()
# writes, __set_name__ running before __init_subclass__, a class decorator
# returning another class, __slots__ with __dict__ and __weakref__ inherited
# by a slotted subclass, and when the instances die.
import weakref, gc
class A:
    def who(s): return "A"
    def __del__(s): print("del", type(s).__name__)
class B:
    def who(s): return "B"
a = A()
print(a.who())
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, A))
try: a.__class__ = int
except TypeError as e: print(e)
class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("x",)
s = S1(); s.x = 1
s.__class__ = S2
print(type(s).__name__, s.x)
class S3:
    __slots__ = ("y",)
try: s.__class__ = S3
except TypeError as e: print(e)
o = A()
o.__dict__ = {"z": 5}
print(o.z)
try: o.__dict__ = 5
except TypeError as e: print(e)
vars(o)["w"] = 6; print(o.w)
del o
class Base1: pass
class Base2: pass
class Kid(Base1): pass
class Named:
    def __set_name__(s, owner, name): print("set_name", name, "owner has isc?", hasattr(owner, "flag"))
class Parent:
    def __init_subclass__(cls): print("isc", cls.__name__); cls.flag = True
class Child(Parent):
    attr = Named()
def replace(cls):
    class Replacement: pass
    Replacement.__name__ = cls.__name__ + "R"
    return Replacement
@replace
class Orig: pass
print(Orig.__name__, Orig.__qualname__)
class WithWeak:
    __slots__ = ("__weakref__", "__dict__")
w = WithWeak(); w.q = 1; r = weakref.ref(w); print(r() is w, w.__dict__)
class Sub(WithWeak):
    __slots__ = ("extra",)
sb = Sub(); sb.extra = 2; sb.more = 3; print(weakref.ref(sb)() is sb, sb.__dict__)
print("end")
