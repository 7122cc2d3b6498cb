# A ref never equals its referent: ref.__eq__ gives NotImplemented for a
# non-ref, so Python tries the referent's reflected __eq__, which receives the
# ref itself. Two refs compare by their referents only while both are alive.
# CPython: weakrefobject.c weakref_richcompare.
import gc
import weakref

gc.disable()


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        print("  Key.__eq__ got a", type(other).__name__)
        return isinstance(other, Key) and self.k == other.k

    def __hash__(self):
        return 7


a = Key(1)
b = Key(1)
ra = weakref.ref(a)
rb = weakref.ref(b)
print("ra == a ?")
print(ra == a)
print("ra == rb ?")
print(ra == rb)
print("ra != rb ?")
print(ra != rb)
print("hash(ra) == hash(rb):", hash(ra) == hash(rb), "| value:", hash(ra))
del b
print("b died; ra == rb:", ra == rb, "| rb == rb:", rb == rb, "| ra != rb:", ra != rb)
