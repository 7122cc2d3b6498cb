# Ordinary Fraction programs: exact harmonic numbers and Egyptian fractions,
# a continued-fraction expansion and its convergents, exact money splits
# that sum back to the total, Fractions as dict keys alongside equal ints
# and floats, and a Rational subclass (a Fraction subclass with a
# __dict__ and weak references) whose instances die at known moments.
import weakref, math
from fractions import Fraction
import numbers

def harmonic(n):
    return sum(Fraction(1, k) for k in range(1, n + 1))
print([str(harmonic(n)) for n in range(1, 8)], float(harmonic(30)))

def egyptian(q):
    parts = []
    while q.numerator:
        d = -(-q.denominator // q.numerator)
        parts.append(Fraction(1, d))
        q -= Fraction(1, d)
    return parts
print(egyptian(Fraction(4, 13)), sum(egyptian(Fraction(4, 13))) == Fraction(4, 13))

def continued(q, limit=12):
    out = []
    while limit and q.denominator != 1:
        a = math.floor(q)
        out.append(a)
        q = 1 / (q - a)
        limit -= 1
    out.append(math.floor(q))
    return out
pi_ish = Fraction(math.pi)
terms = continued(pi_ish, 6)
print(terms)
convs = []
for i in range(1, len(terms) + 1):
    v = Fraction(terms[i - 1])
    for a in reversed(terms[:i - 1]):
        v = a + 1 / v
    convs.append(v)
print([str(c) for c in convs], [float(c) for c in convs[:3]])
print(pi_ish.limit_denominator(1000), pi_ish.limit_denominator(10 ** 6), abs(pi_ish - Fraction(355, 113)) < Fraction(1, 10 ** 6))

total = Fraction("100.00")
shares = [Fraction(1, 3), Fraction(1, 6), Fraction(1, 2)]
split = [total * s for s in shares]
print([str(x) for x in split], [round(x, 2) for x in split], sum(split) == total)
print([f"{float(x):.2f}" for x in split], round(Fraction(1, 3), 4), round(Fraction(-5, 2)), round(Fraction(5, 2)))

table = {Fraction(1, 2): "half", 3: "three", 0.25: "quarter"}
table[0.5] = "float half"
table[Fraction(3)] = "fraction three"
table[Fraction(1, 4)] = "fraction quarter"
print(table)
print(Fraction(1, 2) in {0.5}, 2 in {Fraction(4, 2)}, len({Fraction(1, 3), 1 / 3}))

class Money(Fraction):
    __slots__ = ('currency', '__dict__', '__weakref__')
    def __new__(cls, value, currency="EUR"):
        self = super().__new__(cls, value)
        self.currency = currency
        return self
    def __repr__(self):
        return f"Money({str(self)} {self.currency})"
    def __del__(self):
        print("  Money", str(self), self.currency, "gone")

m = Money("12.5")
r = weakref.ref(m)
print(repr(m), isinstance(m, numbers.Rational), type(m + 1).__name__, type(-m).__name__, m == Fraction(25, 2))
m.note = "tip"
print(m.__dict__, r() is m)
tmp = Money(3, "USD") + m
print(repr(tmp))
del m
print("after del m:", r())
wallet = [Money(1), Money(2), Money(3)]
refs = [weakref.ref(w) for w in wallet]
wallet.pop(0)
print(sum(1 for x in refs if x() is not None))
wallet = None
print(sum(1 for x in refs if x() is not None))
try:
    weakref.ref(Fraction(1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    Fraction(1, 2).x = 1
except AttributeError as e:
    print("AttributeError:", e)
