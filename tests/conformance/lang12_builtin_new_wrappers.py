# T.__new__(T, *args) for every builtin type with a tp_new: types that cannot
# be subclassed (range, slice, memoryview, NoneType, ...) have their own
# __new__ (add_tp_new_wrapper), which checks its first argument and then
# runs T's tp_new with T's messages; T.__new__(T) followed by __init__ is
# what copy and pickle do with property, staticmethod and classmethod.
types = (type(None), type(NotImplemented), type(...), range, slice, memoryview, bool,
         property, staticmethod, classmethod, int, float, complex, str, bytes,
         bytearray, list, tuple, dict, set, frozenset, object, zip, map, filter, reversed)
for T in types:
    try:
        r = T.__new__(T)
        print(T.__name__, 'ok', type(r).__name__, r if T in (type(None), bool, int, str, tuple) else '')
    except Exception as e:
        print(T.__name__, type(e).__name__, e)

print(range.__new__(range, 3), slice.__new__(slice, 1, 2), type(None).__new__(type(None)))
print(int.__new__(int), int.__new__(int, '12', 8) + 1, list.__new__(list, [1]), dict.__new__(dict, a=1), str.__new__(str, 5))
print(memoryview.__new__(memoryview, b'ab').tobytes(), type(...).__new__(type(...)))
print(bool.__new__(bool, 3), type(NotImplemented).__new__(type(NotImplemented)))
for call in (lambda: range.__new__(int, 3), lambda: range.__new__(3), lambda: range.__new__(),
             lambda: type(None).__new__(type(None), 1), lambda: slice.__new__(slice, 1, 2, 3, 4),
             lambda: memoryview.__new__(memoryview, 'x'), lambda: range.__new__(range, 1, x=2)):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(range.__new__ is range.__new__, range.__new__.__qualname__, type(None).__new__.__self__)


def getter(self):
    "the getter's doc"
    return 42


class C:
    pass


p = property.__new__(property)
print(p.fget, p.__doc__)
p.__init__(getter)
print(p.fget.__name__, p.__doc__)
C.x = p
print(C().x)
p.__init__(getter, None, None, 'given')
print(p.__doc__)

s = staticmethod.__new__(staticmethod)
s.__init__(getter)
print(s.__func__.__name__, s.__doc__, s.__name__)
c = classmethod.__new__(classmethod)
c.__init__(getter)
print(c.__func__.__name__, c.__wrapped__.__name__)
C.s, C.c = s, c
print(C.s(1), C.c())

l = list.__new__(list, [1, 2])
l.append(3)
d = dict.__new__(dict, a=1)
d['b'] = 2
s = set.__new__(set, [1])
s.add(4)
b = bytearray.__new__(bytearray, b'ab')
b += b'c'
print(l, d, s, b, frozenset.__new__(frozenset, [5]), int.__new__(int, 7) * 2)


class I(int):
    pass


class Fs(frozenset):
    pass


print(repr(int.__new__(I, '5', base=8)), type(int.__new__(I)).__name__, Fs.__new__(Fs, [1]))
for call in (lambda: int.__new__(I, x=1), lambda: float.__new__(float, x=1), lambda: str.__new__(str, x=1)):
    try:
        call()
    except TypeError as e:
        print(e)
