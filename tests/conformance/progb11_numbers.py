from fractions import Fraction
from decimal import Decimal, getcontext, localcontext, InvalidOperation, ROUND_DOWN, ROUND_HALF_EVEN, DivisionByZero
import math

f = Fraction(3, 4)
print(f, repr(f), f + Fraction(1, 6), f * 2, f / 3, f ** 2, f ** -1, -f, abs(-f), f // Fraction(1, 3), f % Fraction(1, 3))
print(Fraction("0.125"), Fraction(0.1), Fraction(0.1).limit_denominator(100), Fraction("-3/9"), Fraction(1.5), Fraction(Decimal("1.1")))
print(float(f), int(Fraction(7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2), math.floor(Fraction(-7, 2)), math.ceil(f))
print(f == 0.75, f < 1, Fraction(1, 3) + 1, 1 - Fraction(1, 3), Fraction(1, 3) + 0.5, f.numerator, f.denominator, f.as_integer_ratio())
print(sum(Fraction(1, n) for n in range(1, 11)), hash(Fraction(1, 2)) == hash(0.5), f"{Fraction(1, 3)}", str(Fraction(4, 2)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.30") + Decimal("1.20"), Decimal("10") / Decimal("4"), Decimal(1) / Decimal(3))
print(Decimal("3.14159").quantize(Decimal("0.01")), Decimal("2.5").quantize(Decimal("1"), rounding=ROUND_HALF_EVEN), Decimal("7.789").quantize(Decimal(".1"), rounding=ROUND_DOWN))
print(Decimal("1e3"), Decimal("1E+3").normalize(), Decimal("100").normalize(), Decimal("-0"), Decimal("NaN"), Decimal("-Infinity"), Decimal("1.500").as_tuple())
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(2).sqrt())
    print(Decimal(1).exp())
print(getcontext().prec, Decimal(2).sqrt(), Decimal(10).ln(), Decimal(100).log10(), Decimal("2") ** 10, Decimal("2") ** Decimal("0.5"))
print(Decimal("12.345").to_integral_value(), int(Decimal("-7.9")), float(Decimal("1.1")), Decimal("5") % Decimal("3"), Decimal("-5") % Decimal("3"), Decimal("-5") // Decimal("3"))
print(Decimal("1.20") == Decimal("1.2"), Decimal("0.5") < 1, Decimal(5).compare(Decimal(3)), max(Decimal("1.5"), Decimal("1.50")), sorted([Decimal("3"), Decimal("1.5"), Decimal("2")]))
print(repr(Decimal("3.0")), str(Decimal("0.000001")), str(Decimal("0.0000001")), Decimal(12345678901234567890), Decimal("1.23E-10"))
for bad in ["abc", "1..2"]:
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print("InvalidOperation", type(e).__mro__[1].__name__)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero:", type(e).__name__)
try:
    Decimal("1.1") + 1.1
except TypeError as e:
    print("TypeError:", e)
print(math.gcd(48, 18), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2), math.factorial(20), math.isqrt(99), math.prod([1, 2, 3, 4]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.copysign(1, -0.0), math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.75))
print(math.trunc(-3.7), math.log(8, 2), math.log2(1024), math.exp(1), math.pow(2, 0.5), math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)), math.inf > 1e308, math.nan == math.nan)
print(2 ** 100, 7 // -2, -7 % 3, divmod(-17, 5), pow(3, 4, 5), pow(2, -1, 7), int("ff", 16), int("0b101", 0), bin(-10), hex(255), oct(8), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print(0.1 + 0.2, 1 / 3, 2 / 3, 10 / 3, 1e22, 1e-7, 3.0 * 1.1, float("1e500"), -float("inf"), (0.1).hex(), float.fromhex("0x1.8p1"), (1.5).as_integer_ratio(), 5e-324)
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), (1 + 2j).conjugate(), (2j) ** 2, complex("1+2j"), 1j.imag)
