# collections.abc's Sequence and Mapping carry `__abc_tpflags__`, which
# _abc._abc_init (Modules/_abc.c) moves into the class's tp_flags
# (Py_TPFLAGS_SEQUENCE, Py_TPFLAGS_MAPPING) and deletes from the namespace;
# a new class inherits the bits of its best base only (inherit_patma_flags);
# register() gives an ABC's bit to the registered class and its subclasses
# unless they have one already. `match` reads the bits.
from collections import UserDict, UserList, deque, OrderedDict, defaultdict
from collections.abc import Collection, Mapping, MutableMapping, MutableSequence, Sequence
import abc

SEQ = 1 << 5
MAP = 1 << 6


def kind(x):
    match x:
        case [*items]:
            return 'sequence %d' % len(items)
        case {**kw}:
            return 'mapping %d' % len(kw)
        case _:
            return 'neither'


def bits(cls):
    f = cls.__flags__
    return ('S' if f & SEQ else '-') + ('M' if f & MAP else '-')


print('__abc_tpflags__' in Sequence.__dict__, '__abc_tpflags__' in Mapping.__dict__)
print(bits(Sequence), bits(MutableSequence), bits(Mapping), bits(MutableMapping), bits(Collection))
print(bits(list), bits(tuple), bits(dict), bits(str), bits(bytes), bits(deque), bits(OrderedDict), bits(defaultdict))


class MySeq(Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


class MyMap(Mapping):
    def __init__(self, **kw):
        self.kw = kw

    def __getitem__(self, k):
        return self.kw[k]

    def __iter__(self):
        return iter(self.kw)

    def __len__(self):
        return len(self.kw)


class Plain:
    def __getitem__(self, i):
        return i

    def __len__(self):
        return 2

    def __iter__(self):
        return iter(())

    def keys(self):
        return []


class Mixin:
    pass


# The first class of the MRO with a bit gives it (inherit_patma_flags over
# the MRO), whichever base is tp_base.
class Later(Mixin, MySeq):
    pass


class First(MySeq, Mixin):
    pass


print(kind(MySeq(1, 2)), kind(MyMap(a=1)), kind(Plain()))
print(kind(UserList([1, 2, 3])), kind(UserDict(a=1)), kind(deque([1])), kind(OrderedDict(a=1, b=2)))
print(bits(Later), kind(Later(1)), bits(First), kind(First(1)))
print(isinstance(Later(1), Sequence), isinstance(Plain(), Sequence))


class Mixed(MyMap, MySeq):
    pass


class Mixed2(MySeq, MyMap):
    pass


print(bits(Mixed), bits(Mixed2))


# register() sets the bit on the class and on its subclasses made before.
class Sub(Plain):
    pass


class SubSub(Sub):
    pass


print(bits(Plain), bits(Sub), bits(SubSub), kind(SubSub()))
Sequence.register(Plain)
print(bits(Plain), bits(Sub), bits(SubSub), kind(SubSub()))


# A class that already has a bit keeps it; register() stops there.
class M2(MyMap):
    pass


class SM(M2):
    pass


Sequence.register(M2)
print(bits(M2), bits(SM), kind(SM(a=1)))

# Builtin (immutable) types keep their static flags.
Sequence.register(bytearray)
print(bits(bytearray), kind(bytearray(b'ab')))


# An ABC of the program with its own __abc_tpflags__.
class MySeqABC(abc.ABC):
    __abc_tpflags__ = SEQ


class Impl(MySeqABC):
    def __len__(self):
        return 1

    def __getitem__(self, i):
        if i:
            raise IndexError(i)
        return 'x'


print('__abc_tpflags__' in MySeqABC.__dict__, bits(MySeqABC), kind(Impl()))


class NotInt(abc.ABC):
    __abc_tpflags__ = 'junk'


print('__abc_tpflags__' in NotInt.__dict__, bits(NotInt))

try:
    class Both(Collection):
        __abc_tpflags__ = (Sequence.__flags__ | Mapping.__flags__)
except TypeError as e:
    print('TypeError:', e)


class Registered(abc.ABC):
    pass


class Target:
    def keys(self):
        return ['k']

    def __getitem__(self, k):
        return k


Registered.register(Target)
MyMapABC = abc.ABCMeta('MyMapABC', (), {'__abc_tpflags__': MAP})
MyMapABC.register(Target)
print(bits(Target), kind(Target()))
