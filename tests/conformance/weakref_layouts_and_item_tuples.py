# Weak-referenceability follows CPython's layout rules: tp_weaklistoffset
# comes from the best base, and a secondary base gives one only where a
# __weakref__ slot could be added (so IntEnum/IntFlag members, over int,
# cannot be weakly referenced while plain Enum members can). A dict item
# iterator reuses its (key, value) tuple (di_result) while nobody else
# holds it, so it keeps the last item alive until the iterator dies.
import enum
import sys
import weakref

class A:
    __slots__ = ()
class B:
    pass
class C(A, B):
    __slots__ = ()
class D(A, B):
    pass
class E(B, A):
    __slots__ = ()
class T(tuple):
    pass
class TS(tuple, B):
    pass
class F:
    __slots__ = ('__weakref__',)
class G(F, A):
    __slots__ = ()
class H(A):
    __slots__ = ()
class Color(enum.Enum):
    RED = 1
class Level(enum.IntEnum):
    LOW = 1
class Perm(enum.IntFlag):
    R = 4
class Name(enum.StrEnum):
    X = 'x'
for obj in (A(), B(), C(), D(), E(), T(), TS(), G(), H(), Color.RED, Level.LOW, Perm.R, Name.X):
    try:
        weakref.ref(obj)
        print(type(obj).__name__, 'weak')
    except TypeError as e:
        print(type(obj).__name__, e)
ws = weakref.WeakSet([Color.RED])
print(len(ws), Color.RED in ws)

class Val:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

objs = [Val('p'), Val('q')]
d = {'a': objs[0]}
for k, v in d.items():
    print('items', sys.getrefcount(v))
for i, x in enumerate(objs):
    print('enumerate', sys.getrefcount(x))
del objs, k, v, x

d = {'a': Val('a'), 'b': Val('b')}
it = iter(d.items())
k, v = next(it)
print(k, v.name)
del k, v
d['a'] = Val('a2')
print('replaced a: the iterator tuple still holds it')
k, v = next(it)
print(k, v.name)
del k, v
print('the tuple now holds b')
del it
print('iterator gone')
d.clear()
print('end')
