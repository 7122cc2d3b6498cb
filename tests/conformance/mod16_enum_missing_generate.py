from enum import Enum, StrEnum, IntEnum, auto


class Status(Enum):
    OK = 'ok'
    FAIL = 'fail'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Status('OK'), Status('Fail'))
try:
    Status(3)
except ValueError as e:
    print('ValueError:', e, repr(e.__context__))


class Bad(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 'not a member'


try:
    Bad(2)
except TypeError as e:
    print('TypeError:', e, type(e.__context__).__name__)


class Upper(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return '%s-%d-%d-%d' % (name, start, count, len(last_values))

    ALPHA = auto()
    BETA = auto()
    GAMMA = 'fixed'
    DELTA = auto()


print([m.value for m in Upper])


class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = auto()
    Other = 'Other'


print([(m.name, m.value, str(m), repr(m)) for m in Shape], Shape.CIRCLE == 'circle', Shape.SQUARE.upper())


class Num(IntEnum):
    ONE = auto()
    TWO = auto()
    TEN = 10
    ELEVEN = auto()


print([int(n) for n in Num], Num.TWO + Num.TEN, str(Num.TEN), repr(Num.ELEVEN), format(Num.ONE, '>4'))
try:
    Num('x')
except ValueError as e:
    print('ValueError:', e)
