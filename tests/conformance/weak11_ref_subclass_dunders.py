# A weakref.ref subclass's own __eq__, __ne__, __hash__ and __call__ are the
# ones ==, !=, hash(), dict lookups and calls use (slot_tp_richcompare,
# slot_tp_hash, slot_tp_call); what it leaves alone stays ref's.
import weakref


class Thing:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print("  Thing.__eq__", self.n, other.n)
        return self.n == other.n

    def __hash__(self):
        return self.n


class LoudRef(weakref.ref):
    def __eq__(self, other):
        print("  LoudRef.__eq__")
        return NotImplemented if not isinstance(other, LoudRef) else self() is other()

    def __hash__(self):
        print("  LoudRef.__hash__")
        return 7

    def __call__(self):
        print("  LoudRef.__call__")
        return super().__call__()


class EqOnly(weakref.ref):
    def __eq__(self, other):
        return True


class Plain(weakref.ref):
    pass


a, b, c = Thing(1), Thing(1), Thing(2)
print("LoudRef == LoudRef")
print(LoudRef(a) == LoudRef(b))
print("LoudRef != LoudRef (ref's __ne__ compares referents)")
print(LoudRef(a) != LoudRef(c))
print("ref == LoudRef (the subclass's reflected __eq__ first)")
print(weakref.ref(a) == LoudRef(a))
print("LoudRef == 3")
print(LoudRef(a) == 3)
print("hash")
print(hash(LoudRef(a)))
d = {LoudRef(a): "x"}
print("lookup")
print(d.get(LoudRef(a)))
print("call")
print(LoudRef(c)() is c)
try:
    hash(EqOnly(a))
except TypeError as e:
    print("TypeError:", e)
print(EqOnly.__hash__, EqOnly(a) == EqOnly(c))
print("Plain compares referents")
print(Plain(a) == Plain(b), Plain(a) != Plain(c), hash(Plain(c)) == hash(c))
print(weakref.ref.__hash__(Plain(c)) == 2, weakref.ref.__eq__(Plain(a), 5))
x = Thing(5)
p = Plain(x)
print(hash(p))
del x
print(p(), hash(p))
q = Plain(Thing(9))
try:
    hash(q)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref.__hash__(q)
except TypeError as e:
    print("TypeError:", e)
