# bytes, bytearray, frozenset, complex and Ellipsis through the data
# model: type(), __class__, isinstance/issubclass, __name__/__qualname__/
# __module__, the slot wrappers (__len__, __getitem__, __contains__,
# __iter__, __hash__, __eq__, __add__, __mul__, __or__, ...) called on
# the type and through super(), and repr of the types.
values = [b'ab', bytearray(b'cd'), frozenset({1}), 1 + 2j, ...]
for v in values:
    t = type(v)
    print(repr(t), t.__name__, t.__qualname__, t.__module__, v.__class__ is t, isinstance(v, t), issubclass(t, object))
print(bytes.__len__(b'abc'), b'abc'.__len__(), bytes.__getitem__(b'abc', 1), b'abc'.__contains__(b'b'), list(b'xy'.__iter__()))
print(bytes.__add__(b'a', b'b'), b'a'.__mul__(3), b'a'.__rmul__(2), b'%d'.__mod__(5), bytes.__eq__(b'a', b'a'), b'a'.__eq__('a'), b'a'.__lt__(b'b'))
print(bytes.__hash__(b'x') == hash(b'x'), bytearray.__hash__ is None, bytearray(b'x').__len__(), bytearray.__iadd__(bytearray(b'a'), b'b'))
fs = frozenset({1, 2})
print(frozenset.__len__(fs), fs.__contains__(1), fs.__or__({3}), fs.__ror__({3}), type(fs.__ror__({3})).__name__, fs.__and__([1]), frozenset.__hash__(fs) == hash(fs))
print(complex.__add__(1j, 1), (1j).__radd__(1), (1j).__mul__(2), (1j).__truediv__(2), (2j).__pow__(2), (1j).__eq__(1j), (1j).__lt__(1j), (3+4j).__abs__(), complex.__bool__(0j))
class MyBytes(bytes):
    def __len__(self):
        return super().__len__() * 10
    def __getitem__(self, i):
        return ('item', super().__getitem__(i))
mb = MyBytes(b'abc')
print(len(mb), mb[0], bytes(mb), mb == b'abc', list(mb))
class MySet(frozenset):
    def __contains__(self, x):
        return super().__contains__(x) or x == 'any'
ms = MySet([1])
print(1 in ms, 'any' in ms, 2 in ms, len(ms), sorted(ms | {5}))
print(isinstance(True, complex), isinstance(1, complex), issubclass(bytearray, bytes), issubclass(bool, int), type(...) is type(Ellipsis))
print(b'x' is not bytearray(b'x'), hash(...) == hash(...), sorted(['b', 'a']) and [type(x).__name__ for x in (b'', bytearray(), frozenset(), 0j)])
