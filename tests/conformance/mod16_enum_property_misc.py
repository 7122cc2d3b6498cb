import enum
from enum import Enum, IntEnum, property as enum_property, EnumType, EnumMeta


class Fmt(Enum):
    A = 1
    B = 2

    @enum_property
    def double(self):
        return self.value * 2


print(Fmt.A.double, Fmt.B.double)
try:
    Fmt.A.value = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    Fmt.A = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    del Fmt.B
except AttributeError as e:
    print('AttributeError:', e)
print(EnumType is EnumMeta, type(Fmt) is EnumType, isinstance(Fmt.A, Fmt))
print(Fmt.__members__, type(Fmt.__members__).__name__)
print(repr(Fmt), str(Fmt), Fmt.A.__class__.__name__, Fmt.A._name_, Fmt.A._value_)
try:
    Fmt(3)
except ValueError as e:
    print('ValueError:', e)
try:
    Fmt['C']
except KeyError as e:
    print('KeyError:', e)
print(hash(Fmt.A) == hash(Fmt.A), Fmt.A == 1, Fmt.A != Fmt.B, Fmt.A is not Fmt.B)


class Empty(Enum):
    def greet(self):
        return 'hi'


class Sub(Empty):
    X = 1


print(Sub.X.greet(), list(Empty), bool(Empty), bool(Sub))
print(f'{Fmt.A}', f'{Fmt.A!r}', format(Fmt.B, ''), '%s %r' % (Fmt.A, Fmt.B))


class Level(IntEnum):
    LOW = 1
    HIGH = 2


print(f'{Level.LOW}', f'{Level.HIGH:>5}', '%d' % Level.HIGH, str(Level.LOW), Level.LOW.real)
print(Level.__dict__['LOW'] is Level.LOW if 'LOW' in Level.__dict__ else 'no')
