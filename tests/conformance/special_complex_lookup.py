# complex(x): __complex__ is looked up on type(x) for the first argument only
# (try_complex_special_method); a weakref proxy has nb_float, so complex(p)
# is complex(float(referent)); a dead proxy raises ReferenceError.
import weakref


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class CX:
    def __complex__(self):
        return 1 + 2j


class FX:
    def __float__(self):
        return 2.5


class IX:
    def __index__(self):
        return 7


class BadCX:
    def __complex__(self):
        return 5


class StaticCX:
    __complex__ = staticmethod(lambda: 3j)


fx = FX()
show(lambda: complex(CX()))
show(lambda: complex(1, CX()))                 # the second argument's __complex__ is not asked
show(lambda: complex(weakref.proxy(fx)))
show(lambda: complex(weakref.proxy(fx), weakref.proxy(fx)))
show(lambda: complex(weakref.proxy(FX())))
show(lambda: complex(IX()))
show(lambda: complex(BadCX()))
show(lambda: complex(StaticCX()))
cx = CX()
show(lambda: complex(weakref.proxy(cx)))        # the proxy type has no __complex__: float(referent)
show(lambda: complex(object()))
