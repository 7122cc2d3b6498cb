# Which builtin subclasses are weakly referenceable (CPython 3.11): list,
# dict, set, frozenset-free containers, str?/float? and object yes; int,
# tuple and bytes no (variable-size bases). __slots__ change the answer.
import weakref

def check(cls):
    try:
        o = cls()
        r = weakref.ref(o)
        return r() is o
    except TypeError as e:
        return str(e)

for base in (list, dict, set, tuple, object, Exception, ValueError, KeyError):
    class Sub(base):
        pass
    print(base.__name__, check(Sub), hasattr(Sub(), "__dict__"))
    class Slotted(base):
        __slots__ = ()
    print(" slots ()", check(Slotted))
    if base is not tuple:
        class Weak(base):
            __slots__ = ("__weakref__",) if base not in (set,) else ()
        print(" slots weakref", check(Weak))

class L(list):
    __slots__ = ("a",)

l = L()
l.a = 1
try:
    l.b = 2
except AttributeError as e:
    print("AttributeError", e)
print(check(L), l.a)
