import copy
import pickle
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum


class Fruit(Enum):
    APPLE = 1
    PEAR = 2


class Size(IntEnum):
    S = 1
    M = 2


class Bits(Flag):
    A = 1
    B = 2


class IBits(IntFlag):
    A = 1
    B = 2


class Word(StrEnum):
    HI = 'hi'


for obj in (Fruit.APPLE, Size.M, Bits.A | Bits.B, IBits.A | IBits.B, Word.HI, [Fruit.PEAR, Fruit.PEAR]):
    for proto in (0, 2, 4):
        data = pickle.dumps(obj, proto)
        back = pickle.loads(data)
        print(proto, repr(back), back == obj, back is obj)
print(copy.copy(Fruit.APPLE) is Fruit.APPLE, copy.deepcopy({'k': Size.S})['k'] is Size.S)
print(Fruit.APPLE.__reduce_ex__(4), Bits.A.__reduce_ex__(2))
