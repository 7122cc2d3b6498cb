# slot_tp_richcompare: an error while binding the comparison method found on
# the type (a property whose getter raises) is cleared and the comparison is
# NotImplemented, so identity decides; an error of the call propagates.
# Without a __dict__, a class attribute makes setting and deleting it on an
# instance "read-only". property's __isabstractmethod__ is the truth of its
# accessors' (a __bool__ that raises propagates); __set_name__ checks its
# argument count as METH_VARARGS does.


def booh(self):
    raise AttributeError("booh")


class E:
    __eq__ = property(booh)
    __lt__ = property(booh)


e = E()
print(e == e, E() == E(), e != e, E() != E())
try:
    e < E()
except TypeError as x:
    print('TypeError', x)


class Raising:
    def __eq__(self, other):
        raise ValueError('from the call')


try:
    Raising() == 1
except ValueError as x:
    print('ValueError', x)


class Getter:
    @property
    def __eq__(self):
        return lambda other: 'bound through the property'


print(Getter() == 1)


class I:
    __init__ = property(booh)


try:
    I()
except AttributeError as x:
    print('AttributeError', x)


class B:
    y = 0
    __slots__ = ('z',)


class N:
    y = 0
    __slots__ = ()


for f in (lambda: setattr(B(), 'y', 5), lambda: delattr(B(), 'y'), lambda: setattr(B(), 'q', 5),
          lambda: delattr(B(), 'z'), lambda: delattr(B(), 'q'), lambda: delattr(N(), 'y'), lambda: B().z):
    try:
        f()
    except AttributeError as x:
        print('AttributeError', x)

for val in (True, False, [], [1], '', '1', 0, 2):
    class C:
        def foo(self):
            pass
        foo.__isabstractmethod__ = val
        foo = property(foo)
    print(repr(val), C.__dict__['foo'].__isabstractmethod__)


class NotBool:
    def __bool__(self):
        raise ValueError('no truth')


def foo(self):
    pass


foo.__isabstractmethod__ = NotBool()
try:
    property(foo).__isabstractmethod__
except ValueError as x:
    print('ValueError', x)
p = property(foo)
for args in ((), (1,), (1, 2, 3)):
    try:
        p.__set_name__(*args)
    except TypeError as x:
        print('TypeError', x)


# A metaclass's comparison methods are its classes' (slot_tp_richcompare),
# reflected first when the right operand's metaclass derives from the left's.
class Meta(type):
    def __eq__(self, other):
        return 'meta-eq'

    def __lt__(self, other):
        return 'meta-lt'

    __hash__ = type.__hash__


class A(metaclass=Meta):
    pass


print(A == 1, 1 == A, A < int, int > A, A != A, A == A, int == str)


class BadType(type):
    def __eq__(self, other):
        return 1 / 0


bt = BadType('bt', (), {})
for f in (lambda: (int,) == (bt,), lambda: int == bt, lambda: list[int] == list[bt], lambda: list[int] | list[bt]):
    try:
        print(f())
    except ZeroDivisionError as x:
        print('ZeroDivisionError', x)
try:
    A <= int
except TypeError as x:
    print('TypeError', x)


import types


class FakeSimpleNamespace(str):
    __class__ = types.SimpleNamespace


print(types.SimpleNamespace() == FakeSimpleNamespace(), types.SimpleNamespace() != FakeSimpleNamespace(),
      types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1))


# A method or slot wrapper descriptor of another class found on the type is called
# unbound (Py_TPFLAGS_METHOD_DESCRIPTOR): its call refuses the instance.
for f in (lambda: list.append(1, 2), lambda: str.__eq__(1, 'x'), lambda: str.join(1, []), lambda: str.__add__.__get__(1)):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
class B:
    __eq__ = str.__eq__
    append = list.append
    __len__ = str.__len__
b = B()
for f in (lambda: b == b, lambda: b.append(1), lambda: len(b)):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)

for f in (lambda: int(x=1), lambda: float(x=2), lambda: bool(x=2), lambda: tuple(sequence=range(3)), lambda: list(sequence=(0, 1, 2)), lambda: complex(imag=42, real=666), lambda: str(object=b'abc', errors='strict')):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
class A(int):
    __eq__ = str.__eq__
    __add__ = str.__add__
a = A()
for f in (lambda: a == a, lambda: a + a):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)


# object_isinstance reads __class__ through a class's own __getattribute__.
class Proxy(object):
    def __init__(self, obj):
        self.__obj = obj
    def __getattribute__(self, name):
        if name.startswith("_Proxy__"):
            return object.__getattribute__(self, name)
        else:
            return getattr(self.__obj, name)
class C: pass
class D(C): pass
for a in (C(), D(), 3):
    pa = Proxy(a)
    print(isinstance(pa, C), isinstance(pa, int), isinstance(pa, Proxy), type(pa).__name__, pa.__class__.__name__)
class Bad:
    def __getattribute__(self, name):
        raise ValueError(name)
try:
    print(isinstance(Bad(), C))
except ValueError as e:
    print('ValueError', e)
class Miss:
    def __getattribute__(self, name):
        raise AttributeError(name)
print(isinstance(Miss(), C), isinstance(Miss(), Miss))
