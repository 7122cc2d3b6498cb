# The integer arguments of math's gcd/lcm/factorial/comb/perm/isqrt go
# through PyNumber_Index: an int subclass instance counts as its value, an
# object with __index__ as what that returns; fractions.Fraction normalizes
# int subclass numerators with math.gcd and keeps their arithmetic.
import math
import fractions

class myint(int):
    def __mul__(self, other):
        return type(self)(int(self) * int(other))
    def __floordiv__(self, other):
        return type(self)(int(self) // int(other))
    def __mod__(self, other):
        return type(self)(int(self) % int(other))
    @property
    def numerator(self):
        return type(self)(int(self))
    @property
    def denominator(self):
        return type(self)(1)

class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

print(math.gcd(myint(12), myint(18)), type(math.gcd(myint(12), myint(18))).__name__)
print(math.gcd(Idx(21), 14, myint(35)), math.lcm(myint(4), Idx(6)))
print(math.factorial(myint(5)), math.comb(myint(6), Idx(2)), math.perm(Idx(5), myint(2)))
print(math.isqrt(myint(99)), math.isqrt(Idx(10**20)))
print(math.gcd(True, 4), math.factorial(False))

f = fractions.Fraction(myint(3), myint(6))
print(f, type(f.numerator).__name__, type(f.denominator).__name__)
g = fractions.Fraction(myint(10), 4)
print(g, type(g.numerator).__name__)

for bad in (lambda: math.gcd(2.0, 4), lambda: math.factorial(Idx(-1)),
            lambda: math.comb(5, 'x'), lambda: math.isqrt(Idx(1.5))):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
