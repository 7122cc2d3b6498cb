# A callback raising an exception with an empty message, or a bare exception
# class, is reported on stderr; stdout continues as if nothing happened and
# the callbacks of other refs still run.
# CPython: weakrefobject.c handle_callback, errors.c PyErr_WriteUnraisable.
import gc
import weakref

gc.disable()


class Obj:
    pass


def empty(r):
    print("raising ValueError('')")
    raise ValueError("")


def bare(r):
    print("raising the class RuntimeError")
    raise RuntimeError


def fine(r):
    print("fine callback")


o = Obj()
r1 = weakref.ref(o, fine)
r2 = weakref.ref(o, empty)
r3 = weakref.ref(o, bare)
del o
print("continuing")
e = ValueError("")
print("str of an empty ValueError: [" + str(e) + "] repr:", repr(e))
