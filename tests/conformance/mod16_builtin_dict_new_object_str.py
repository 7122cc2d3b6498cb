# A builtin type that defines its own tp_new has `__new__` in its __dict__
# (enum's _find_data_type_ looks there for the data type of a mixin);
# object.__str__ and object.__repr__ see an int or str subclass instance
# as itself.
for t in (int, str, float, bool, list, dict, tuple, set, frozenset, bytes, bytearray,
          complex, object, range, slice, property, staticmethod, classmethod, super):
    print(t.__name__, '__new__' in t.__dict__, t.__dict__['__new__'] is t.__new__ if '__new__' in t.__dict__ else '-')


class MyInt(int):
    pass


class MyList(list):
    pass


print('__new__' in type.__dict__, '__new__' in MyInt.__dict__, '__new__' in MyList.__dict__, MyInt.__new__ is int.__new__)


class I(int):
    def __repr__(self):
        return 'I-repr'


class J(int):
    def __repr__(self):
        return 'J-repr'
    __str__ = object.__str__


class S(str):
    def __repr__(self):
        return 'S-repr'


class F(float):
    def __repr__(self):
        return 'F-repr'


print(str(I(2)), '%s' % I(2), f'{I(2)}', format(I(2)), object.__str__(I(3)))
print(str(J(4)), repr(J(4)), J(4) + 1)
print(str(S('a')), object.__str__(S('b')), repr(S('c')), f'{S("d")}')
print(str(F(1.5)), object.__str__(F(2.5)))
print(object.__repr__(I(1)).split(' at ')[0], object.__repr__(S('x')).split(' at ')[0])
