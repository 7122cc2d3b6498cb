# An ABC's __abc_tpflags__ sets its type's Py_TPFLAGS_SEQUENCE or
# Py_TPFLAGS_MAPPING (__flags__), inherited by subclasses and read by match
# statements; both at once is a TypeError.
from collections.abc import Collection, Mapping, Sequence, MutableSequence
SEQ, MAP = 1 << 5, 1 << 6

def kind(cls):
    f = cls.__flags__
    return ('seq' if f & SEQ else '') + ('map' if f & MAP else '')

class MySeq(Sequence):
    def __init__(self, *items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)

class MyMap(Mapping):
    def __getitem__(self, k):
        return k
    def __iter__(self):
        return iter('ab')
    def __len__(self):
        return 2

class Both(MySeq, MyMap):
    pass

print(kind(Sequence), kind(MutableSequence), kind(Mapping), kind(MySeq), kind(MyMap), kind(Collection))
print(kind(Both), kind(list), kind(dict), kind(str))

for v in (MySeq(1, 2), MyMap(), [1, 2], {'a': 1}):
    match v:
        case [a, b]:
            print('sequence', a, b)
        case {'a': x}:
            print('mapping', x)

try:
    class Bad(Collection):
        __abc_tpflags__ = Sequence.__flags__ | Mapping.__flags__
except TypeError as e:
    print('TypeError', e)

class OnlyMap(Collection):
    __abc_tpflags__ = MAP
    def __contains__(self, x): return False
    def __iter__(self): return iter(())
    def __len__(self): return 0
print(kind(OnlyMap))
