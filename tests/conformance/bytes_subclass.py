# Builtin subclass rules for bytes and bytearray: bytes is variable-size,
# so a subclass's instances cannot be weakly referenced and nonempty
# __slots__ is refused; bytearray subclasses get __weakref__ and __dict__;
# subclass instances keep bytes' hash, equality and methods, methods
# return the base type, and weakrefs die at the right moment.
import gc
import weakref

class B(bytes):
    pass

class BA(bytearray):
    pass

b = B(b'xy')
b.attr = 5
print(repr(b), b.attr, b.__dict__, len(b), b[0], list(b), b + b'z', type(b + b'z').__name__, type(b[:1]).__name__, type(b.upper()).__name__)
print(b == b'xy', hash(b) == hash(b'xy'), {b: 1}[b'xy'], isinstance(b, bytes), type(b).__name__, B.fromhex('4142'), type(B.fromhex('41')).__name__)
try:
    weakref.ref(b)
except TypeError as e:
    print(e)
try:
    class S(bytes):
        __slots__ = ('a',)
except TypeError as e:
    print(e)
try:
    class W(bytes):
        __slots__ = ('__weakref__',)
except TypeError as e:
    print(e)
class Empty(bytes):
    __slots__ = ()
print(repr(Empty(b'e')), gc.is_tracked(Empty(b'e')), gc.is_tracked(b), gc.is_tracked(b'plain'))

ba = BA(b'q')
print(repr(ba), repr(BA()), ba + b'r', type(ba + b'r').__name__, type(ba.copy()).__name__, gc.is_tracked(ba))
r = weakref.ref(ba, lambda ref: print('BA weakref callback'))
print(r() is ba)
ba.append(33)
print(r(), len(r()))
del ba
print('after del', r())

class Slots(bytearray):
    __slots__ = ('a',)
s = Slots(b'x')
s.a = 1
print(s.a, s)
try:
    weakref.ref(s)
except TypeError as e:
    print(e)

class Loud(bytes):
    def __new__(cls, data, label):
        self = super().__new__(cls, data)
        self.label = label
        return self
    def __del__(self):
        print('del', self.label, bytes(self))
x = Loud(b'payload', 'first')
y = x
del x
print('still referenced by y')
del y
print('end')
