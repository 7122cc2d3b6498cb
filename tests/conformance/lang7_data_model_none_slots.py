# Data-model corners: a special method set to None (__iter__, __contains__,
# __reversed__, __len__, __bool__, __call__) refuses the protocol with
# CPython's message (slot_tp_iter, slot_sq_contains, reversed_new, and
# _PySequence_IterSearch's 'argument of type' for `in`); __eq__ returning
# NotImplemented falls back to identity; __hash__ = None from __eq__ in a
# subclass; __len__ overflow and non-int; __index__ in subscripts and slices;
# the sequence protocol for reversed()/in; reflected operators (a subclass's
# __radd__ first), sum() with __radd__, __iadd__ returning self, and
# t[0] += x on a tuple item (mutates, then raises).
# CPython: Objects/typeobject.c slot_* functions, Objects/abstract.c.
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
class NoContains:
    __contains__ = None
    def __iter__(self): return iter([1])
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
class NoLen:
    __len__ = None
class NoBool:
    __bool__ = None
class NoCall:
    __call__ = None
for thunk in [lambda: iter(NoIter()), lambda: list(NoIter()), lambda: [x for x in NoIter()], lambda: 1 in NoContains(), lambda: 1 in NoIter(),
              lambda: reversed(NoRev()), lambda: len(NoLen()), lambda: bool(NoBool()), lambda: NoCall()(), lambda: sorted(NoIter()), lambda: dict.fromkeys(NoIter()),
              lambda: (lambda *a: a)(*NoIter()), lambda: set(NoIter())]:
    try:
        print(thunk())
    except TypeError as e:
        print(e)
for x in NoContains(): print("iterates", x)
class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq called"); return NotImplemented
a, b = EqOnly(1), EqOnly(1)
print(a == b, a != b, a == a, a != a)
class NeDefault:
    def __eq__(self, o): return True
print(NeDefault() != NeDefault(), NeDefault.__hash__)
class Base:
    def __hash__(self): return 42
class Sub(Base):
    def __eq__(self, o): return False
print(Sub.__hash__, Base().__hash__())
try: hash(Sub())
except TypeError as e: print(e)
class NoIter:
    __iter__ = None
try: iter(NoIter())
except TypeError as e: print(e)
try: list(NoIter())
except TypeError as e: print(e)
class NoContains:
    __contains__ = None
    def __iter__(self): return iter([1])
try: 1 in NoContains()
except TypeError as e: print(e)
class BigLen:
    def __len__(self): return 2**70
try: len(BigLen())
except OverflowError as e: print(e)
class FloatLen:
    def __len__(self): return 1.5
try: len(FloatLen())
except TypeError as e: print(e)
class Idx:
    def __index__(self): return 2
print([1, 2, 3, 4][Idx()], [1, 2, 3, 4][Idx():], "abcd"[:Idx()], range(10)[Idx()], bin(Idx()), (1, 2, 3)[Idx()])
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
print(list(reversed(Rev())), list(Rev()), 2 in Rev())
class CmpChain:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt", self.v, o.v); return self.v < o.v
    def __gt__(self, o): print("gt", self.v, o.v); return self.v > o.v
x, y, z = CmpChain(1), CmpChain(2), CmpChain(3)
print(x < y < z, x > y)
print(sorted([z, x, y], key=lambda c: c.v)[0].v, max(x, y, z, key=lambda c: c.v).v)
class RichRefl:
    def __lt__(self, o): return "reflected lt"
print(5 > RichRefl(), 5 < RichRefl() if False else "")
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): print("radd", o); return self + o
    def __repr__(self): return f"Num({self.v})"
print(sum([Num(1), Num(2)]), sum([Num(1)], Num(10)), 5 + Num(1))
class SubNum(Num):
    def __radd__(self, o): print("sub radd first"); return Num(-1)
print(Num(1) + SubNum(2))
class IAdd:
    def __init__(self): self.l = []
    def __iadd__(self, o): self.l.append(o); return self
i = IAdd(); j = i; i += 1; i += 2; print(j.l, i is j)
t = ([],); t[0].append(1)
try: t[0] += [2]
except TypeError as e: print(e, t)
