# Protocol fallbacks: truth from __len__, `in` through __iter__ then
# __getitem__, iteration and reversed() through the sequence protocol,
# __hash__ = None and __eq__ without __hash__ (unhashable), __index__/
# __int__/__float__, comparison reflection and NotImplemented, the subclass
# -first rule for reflected operands, in-place fallback, and the TypeErrors.
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * i
s = Seq(4)
print(bool(s), bool(Seq(0)), list(s), 9 in s, 5 in s, list(reversed(s)), len(s))
class OnlyIter:
    def __iter__(self): return iter([1, 2, 3])
print(2 in OnlyIter(), 7 in OnlyIter(), sorted(OnlyIter(), reverse=True))
class Cont:
    def __contains__(self, x): return x == "yes"
print("yes" in Cont(), "no" in Cont(), "no" not in Cont())
class BadLen:
    def __len__(self): return -1
class StrLen:
    def __len__(self): return "3"
class BadBool:
    def __bool__(self): return 1
class BigLen:
    def __len__(self): return 2**70
for f in (lambda: bool(BadLen()), lambda: len(BadLen()), lambda: len(StrLen()), lambda: bool(BadBool()), lambda: not BadBool(), lambda: len(BigLen()),
          lambda: len(5), lambda: 3 in 5, lambda: iter(5), lambda: reversed(OnlyIter()), lambda: next(OnlyIter())):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class NoHash:
    __hash__ = None
class EqOnly:
    def __eq__(self, o): return True
class EqAndHash(EqOnly):
    __hash__ = object.__hash__
for cls in (NoHash, EqOnly):
    try:
        hash(cls())
    except TypeError as e:
        print("TypeError:", e)
    try:
        {cls(): 1}
    except TypeError as e:
        print("TypeError:", e)
print(type(hash(EqAndHash())).__name__, EqOnly.__hash__, NoHash.__hash__)
class Idx:
    def __index__(self): return 2
    def __int__(self): return 7
    def __float__(self): return 1.5
print([1, 2, 3][Idx()], "abc"[Idx()], int(Idx()), float(Idx()), hex(Idx()), range(Idx()), [0] * Idx())
class Rev:
    def __reversed__(self): return iter("cba")
print(list(reversed(Rev())))
class Num:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt", self.v, o.v); return self.v < o.v
    def __gt__(self, o): print("gt", self.v, o.v); return self.v > o.v
    def __eq__(self, o): print("eq", self.v); return NotImplemented
    def __le__(self, o): return NotImplemented
print(Num(1) < Num(2), Num(1) > Num(2), Num(1) == Num(1), Num(1) != Num(2))
try:
    Num(1) <= Num(2)
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Derived(Base):
    def __radd__(self, o): return "Derived.radd"
class Other:
    def __radd__(self, o): return "Other.radd"
print(Base() + Derived(), Derived() + Base(), Base() + Other(), 1 + Other())
class IAdd:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o); return self
class NoIAdd:
    def __add__(self, o): return "plain add"
x = IAdd(); y = x; x += 1; x += 2
print(x is y, x.items)
z = NoIAdd(); z += 1
print(z)
class Cmp:
    def __eq__(self, o): return "truthy"
print(Cmp() == 1, Cmp() != 1, 1 == Cmp())
