# A class's __class__ is its metaclass (object's __class__ getset), also for
# a class made by a metaclass trick (six's with_metaclass); __new__ read
# through any value is its type's tp_new (None.__new__, (1).__new__, an
# instance's), as enum's _find_new_ reads them.
import abc


class Meta(type):
    pass


class Plain:
    pass


class WithMeta(metaclass=Meta):
    pass


def with_metaclass(meta, *bases):
    class metaclass(type):
        def __new__(cls, name, this_bases, d):
            return meta(name, bases, d)
    return type.__new__(metaclass, 'temporary_class', (), {})


class Tricky(with_metaclass(abc.ABCMeta, Plain)):
    pass


for c in (Plain, WithMeta, Tricky, abc.ABC, type, Meta):
    print(c.__name__, c.__class__.__name__, type(c).__name__, c.__class__ is type(c))
print(Tricky.__bases__, isinstance(Tricky, abc.ABCMeta))

print(None.__new__ is type(None).__new__, (1).__new__ is int.__new__, 'a'.__new__ is str.__new__)
print(Plain().__new__ is object.__new__, WithMeta().__new__ is object.__new__)
print(type(None).__new__ is None.__new__, (5).__new__ is type(5).__new__)


class Own:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst


print(Own().__new__ is Own.__new__, Own(1, 2).args)
