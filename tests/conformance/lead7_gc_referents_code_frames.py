# gc.get_referents/get_referrers of functions, generators, frames and classes
# in tp_traverse's order: func_traverse lists the code object, globals,
# builtins, module name, defaults, doc, name, closure and qualname; a running
# generator's frame and a running function's frame object list none of their
# locals (a running frame belongs to the interpreter's stack, stacktop -1);
# a suspended generator and a finished frame object list them after f_func and
# f_code; a class lists its metaclass first, then dict, mro, bases, base.
import gc
import sys


def names(objs):
    return [o.__name__ if isinstance(o, type) else type(o).__name__ for o in objs]


def plain():
    pass


def with_defaults(a, b=[]):
    "doc"
    return a


def outer():
    captured = []

    def inner():
        return captured
    return inner


print("plain:", names(gc.get_referents(plain)))
print("defaults:", names(gc.get_referents(with_defaults)))
print("closure:", names(gc.get_referents(outer())))
plain.attr = 1
print("with __dict__:", names(gc.get_referents(plain)))
print("code first:", gc.get_referents(plain)[0] is plain.__code__)


def helper(o):
    # Sorted: the order of gc.get_referrers follows the generation lists.
    return sorted(names(gc.get_referrers(o)))


def gen():
    z = []
    yield z
    print("running, direct:", names(gc.get_referrers(z)))
    print("running, via a call:", helper(z))
    print("running referents:", names(gc.get_referents(me)))
    yield


me = gen()
z = next(me)
print("suspended referrers:", helper(z))
print("suspended referents:", names(gc.get_referents(me)))
del z
next(me)
me.close()
print("closed referents:", names(gc.get_referents(me)))


def running_frame():
    x = []
    fr = sys._getframe()
    print("frame while running:", names(gc.get_referents(fr)), helper(x))
    return fr


fr = running_frame()
print("frame after return:", names(gc.get_referents(fr)))
print("frame's f_func is the function:", running_frame.__name__ in [getattr(o, "__name__", None) for o in gc.get_referents(fr)])
del fr


class Meta(type):
    pass


class Base(metaclass=Meta):
    pass


class Child(Base):
    pass


class Plain:
    def method(self):
        pass


print("meta class:", names(gc.get_referents(Base)))
print("subclass:", names(gc.get_referents(Child)))
print("plain class:", names(gc.get_referents(Plain)))
