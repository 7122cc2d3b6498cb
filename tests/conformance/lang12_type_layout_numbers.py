# type's members __basicsize__, __itemsize__, __flags__, __dictoffset__ and
# __weakrefoffset__: a builtin type's as python3 has them, a class
# statement's from its best base, its __slots__, and the __dict__ and
# __weakref__ it adds (type_new_descriptors), with the flags it inherits.
import abc


def numbers(t):
    # Py_TPFLAGS_VALID_VERSION_TAG (1 << 19) depends on the method cache's history: left out.
    return t.__basicsize__, t.__itemsize__, hex(t.__flags__ & ~(1 << 19)), t.__dictoffset__, t.__weakrefoffset__


class C: pass
class S: __slots__ = ('a', 'b')
class N: __slots__ = ()
class W: __slots__ = ('__weakref__',)
class D: __slots__ = ('__dict__',)
class CS(C): __slots__ = ('x',)
class E(Exception): pass
class L(list): pass
class I(int): pass
class T(tuple): pass
class Bt(bytes): pass
class St(str): pass
class Dt(dict): pass
class Ft(float): pass
class Sl(list): __slots__ = ('a',)
class Sw(list): __slots__ = ('__weakref__',)
class Sd(list): __slots__ = ('__dict__',)
class Si(int): __slots__ = ()
class M(type): pass
class Mixed(C, Exception): pass
class Deep(L): pass


class A(abc.ABC):
    @abc.abstractmethod
    def f(self): pass


class Concrete(A):
    def f(self): return 1


for t in (C, S, N, W, D, CS, E, L, I, T, Bt, St, Dt, Ft, Sl, Sw, Sd, Si, M, Mixed, Deep, A, Concrete):
    print(t.__name__, *numbers(t))

for t in (object, type, int, bool, list, tuple, str, bytes, bytearray, dict, set, frozenset, float,
          complex, range, slice, property, staticmethod, classmethod, BaseException, Exception,
          OSError, StopIteration, KeyError, type(None), memoryview, enumerate, zip, super):
    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)
print(type.__flags__, int.__flags__, list.__flags__, tuple.__flags__, dict.__flags__, object.__flags__)
print(int.__flags__ & (1 << 24) != 0, bool.__flags__ & (1 << 24) != 0, I.__flags__ & (1 << 24) != 0)
print(type.__basicsize__, type.__itemsize__, type.__flags__)
print([n for n in dir(type) if n in ('__basicsize__', '__flags__', '__itemsize__', '__text_signature__', '__dictoffset__', '__weakrefoffset__')])
print('__text_signature__' in dir(len), '__text_signature__' in dir(list.append))
