# A value class with total_ordering, __format__, reflected and in-place 
# operators, __index__/__int__/__round__, a sequence class with __getitem__ 
# slices and __contains__, and the TypeErrors of missing protocols.
import functools
@functools.total_ordering
class Money:
    __slots__ = ("cents",)
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f"Money({self.cents})"
    def __str__(self): return f"${self.cents/100:.2f}"
    def __format__(self, spec):
        if spec == "c": return f"{self.cents}c"
        return format(str(self), spec)
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    def __lt__(self, o):
        if not isinstance(o, Money): return NotImplemented
        return self.cents < o.cents
    def __hash__(self): return hash(self.cents)
    def __add__(self, o):
        if isinstance(o, int): o = Money(o)
        if not isinstance(o, Money): return NotImplemented
        return Money(self.cents + o.cents)
    __radd__ = __add__
    def __iadd__(self, o):
        print("iadd")
        return self + o
    def __mul__(self, k): return Money(self.cents * k)
    def __rmul__(self, k): return Money(self.cents * k)
    def __neg__(self): return Money(-self.cents)
    def __bool__(self): return self.cents != 0
    def __abs__(self): return Money(abs(self.cents))
    def __round__(self, n=None): return Money(round(self.cents, n or 0))
    def __int__(self): return self.cents
    def __index__(self): return self.cents
m = Money(150)
print(m, repr(m), f"{m:c}", f"{m:>10}|", format(m), f"{m!s:^12}|")
print(m + 50, 50 + m, sum([Money(1), Money(2)], Money(0)), sum([Money(5), 5]))
m += 10
print(m, 3 * m, m * 2, -m, abs(-m), bool(Money(0)), round(m), int(m), hex(m), [1,2,3,4][Money(1)])
print(m > Money(1), m >= Money(160), m <= Money(1), sorted([Money(3), Money(1), Money(2)]))
print(Money(1) == 1, Money(1) != Money(2), {Money(1), Money(1)}, max(Money(4), Money(9)))
try:
    m < 5
except TypeError as e:
    print(e)
try:
    m + "x"
except TypeError as e:
    print(e)
try:
    "x" + m
except TypeError as e:
    print(e)
try:
    m @ m
except TypeError as e:
    print(e)
try:
    m -= 1
except TypeError as e:
    print(e)

class Vec:
    def __init__(self, *xs): self.xs = list(xs)
    def __len__(self): return len(self.xs)
    def __getitem__(self, i):
        if isinstance(i, slice): return Vec(*self.xs[i])
        return self.xs[i]
    def __setitem__(self, i, v): self.xs[i] = v
    def __delitem__(self, i): del self.xs[i]
    def __contains__(self, v): print("contains", v); return v in self.xs
    def __iter__(self): return iter(self.xs)
    def __reversed__(self): return reversed(self.xs)
    def __repr__(self): return f"Vec{tuple(self.xs)}"
    def __matmul__(self, o): return sum(a * b for a, b in zip(self, o))
    def __eq__(self, o): return type(o) is Vec and self.xs == o.xs
    def __call__(self, k): return Vec(*(k * x for x in self))
v = Vec(1, 2, 3)
print(len(v), v[0], v[-1], v[1:], 2 in v, list(reversed(v)), v @ v, v(2), v == Vec(1, 2, 3))
v[0] = 10; del v[1]
print(v, bool(Vec()), bool(v), *v, [*v, 0])
try:
    hash(v)
except TypeError as e:
    print(e)
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq())
class NoIter:
    pass
try:
    iter(NoIter())
except TypeError as e:
    print(e)
try:
    len(NoIter())
except TypeError as e:
    print(e)
try:
    NoIter()[0]
except TypeError as e:
    print(e)
try:
    NoIter()()
except TypeError as e:
    print(e)
try:
    1 in NoIter()
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self): return 1
try:
    str(BadStr())
except TypeError as e:
    print(e)
