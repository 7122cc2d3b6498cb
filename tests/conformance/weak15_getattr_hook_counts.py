# slot_tp_getattr_hook's allocations (CPython 3.11): a class whose
# metaclass defines __getattr__ (enum.EnumType) binds type.__getattribute__
# to a method-wrapper and calls it with a 1-tuple on every attribute read
# (the tuple comes back from the free list after the first); an instance
# whose class defines __getattr__ raises and normalizes an AttributeError
# (its argument tuple) before __getattr__ runs on a miss.
import enum
import gc


class Meta(type):
    def __getattr__(cls, name):
        return 'meta:' + name


class C(metaclass=Meta):
    a = 1


class D:
    a = 1

    def __getattr__(self, name):
        return 'inst:' + name


class S:
    __slots__ = ('x',)

    def __getattr__(self, name):
        return name * 2


class Color(enum.Enum):
    RED = 1
    GREEN = 2


d = D()
s = S()


def delta(label, fn):
    gc.collect()
    a = gc.get_count()
    r = fn()
    b = gc.get_count()
    print(label, b[0] - a[0], r)


delta('nothing', lambda: None)
delta('C.a', lambda: C.a)
delta('C.zz', lambda: C.zz)
delta('getattr(C, a)', lambda: getattr(C, 'a'))
delta('hasattr(C, zz)', lambda: hasattr(C, 'zz'))
delta('C.a twice', lambda: (C.a, C.a))
delta('d.a', lambda: d.a)
delta('d.zz', lambda: d.zz)
delta('getattr(d, zz, 0)', lambda: getattr(d, 'zz', 0))
delta('s.x unset', lambda: s.x)
delta('s.q', lambda: s.q)
delta('Color.RED', lambda: Color.RED)
delta('Color.RED.value', lambda: Color.RED.value)
delta('Color(2)', lambda: Color(2))
delta('Color["GREEN"]', lambda: Color['GREEN'])


def in_function():
    gc.collect()
    a = gc.get_count()
    x = Color.GREEN
    b = gc.get_count()
    return b[0] - a[0], x


print('in a function', in_function())
gc.collect()
a = gc.get_count()
x = Color.RED
b = gc.get_count()
print('module level', b[0] - a[0], x)
