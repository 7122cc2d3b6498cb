# bytes(x) finds __bytes__ on type(x), whatever kind of type it is
# (bytes_new_impl's _PyObject_LookupSpecial): a class statement's class, a
# bytes or bytearray subclass that overrides it, weakref.ProxyType (which
# forwards to the referent's __bytes__, bug 5037). An instance attribute is
# never consulted; staticmethod and other descriptors bind as CPython binds
# them; a non-bytes result is a TypeError; a bytes subclass result is kept.
import weakref


def show(f):
    try:
        r = f()
        print(type(r).__name__, r)
    except Exception as e:
        print(type(e).__name__, e)


class C:
    def __str__(self):
        return "string"

    def __bytes__(self):
        return b"bytes"


c = C()
p = weakref.proxy(c)
show(lambda: bytes(p))
show(lambda: bytes(c))
print("__bytes__" in dir(p))
show(lambda: type(p).__bytes__(p))


class L(list):
    pass


keep = L([1, 2])
show(lambda: bytes(weakref.proxy(keep)))          # the referent has no __bytes__
show(lambda: bytes(weakref.proxy(C())))           # the referent died at once


class B(bytes):
    def __bytes__(self):
        return b"own"


class BA(bytearray):
    def __bytes__(self):
        return b"ba-own"


show(lambda: bytes(B(b"xy")))
show(lambda: bytes(BA(b"xy")))
show(lambda: bytearray(BA(b"xy")))                 # bytearray() never asks __bytes__


class Plain(bytes):
    pass


show(lambda: bytes(Plain(b"q")))                    # bytes.__bytes__: an exact copy


class Sub(bytes):
    pass


class GivesSub:
    def __bytes__(self):
        return Sub(b"sub-result")


show(lambda: bytes(GivesSub()))
show(lambda: Sub(GivesSub()))


class Bad:
    def __bytes__(self):
        return "text"


show(lambda: bytes(Bad()))


class Static:
    __bytes__ = staticmethod(lambda: b"static")


class Klass:
    @classmethod
    def __bytes__(cls):
        return cls.__name__.encode()


show(lambda: bytes(Static()))
show(lambda: bytes(Klass()))


class Callable:
    def __call__(self):
        return b"called without self"


class UsesCallable:
    __bytes__ = Callable()


show(lambda: bytes(UsesCallable()))


class NoDunder:
    pass


n = NoDunder()
n.__bytes__ = lambda: b"instance attribute"
show(lambda: bytes(n))


class Both:
    def __bytes__(self):
        return b"dunder first"

    def __index__(self):
        return 2


show(lambda: bytes(Both()))
show(lambda: bytes(3))
show(lambda: bytes("abc"))
show(lambda: bytes(p, "utf-8"))


class Raises:
    def __bytes__(self):
        raise ValueError("no bytes today")


show(lambda: bytes(Raises()))
