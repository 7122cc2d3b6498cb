# decimal (exact arithmetic, quantize with rounding modes, normalize/sqrt,
# localcontext precision, InvalidOperation, division by zero, ',.2f'
# formatting, sorting) and fractions (arithmetic, from strings and floats,
# limit_denominator, rounding, mixed with int/float, ZeroDivisionError,
# divmod).
from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, localcontext
from fractions import Fraction
print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.10") * 3, Decimal("10") / Decimal("3"), Decimal(7) // 2, Decimal(-7) % 3)
print(Decimal("3.14159").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("2.5").to_integral_value())
print(repr(Decimal("1.0")), str(Decimal("1E+3")), Decimal("1e3") == 1000, Decimal("0.00"), -Decimal("0"), Decimal("1.2300").normalize(), Decimal(2).sqrt())
print(round(Decimal("2.5")), round(Decimal("1.2345"), 2), int(Decimal("-3.9")), float(Decimal("1.5")), Decimal("NaN"), Decimal("-Infinity"), Decimal(10) ** -2)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7))
print(getcontext().prec, Decimal(1) / Decimal(7), sum([Decimal("0.1")] * 10), Decimal("1.5").as_tuple(), Decimal("123.45").as_integer_ratio())
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__name__)
try:
    Decimal(1) / 0
except Exception as e:
    print(type(e).__name__)
print(f"{Decimal('1234.5'):,.2f}", Decimal("5").compare(Decimal("3")), max(Decimal(1), Decimal("1.5")), sorted([Decimal("2"), Decimal("-1"), Decimal("1.5")]))
f = Fraction(3, 4)
print(f, repr(f), f + Fraction(1, 4), f * 2, f / 3, f ** 2, -f, abs(-f), Fraction("2/6"), Fraction(0.5), Fraction("1.25"), Fraction(1, 3) + 1)
print(f.numerator, f.denominator, float(f), int(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(7, 3), 2), f < 1, f == 0.75, hash(Fraction(1, 2)) == hash(0.5))
print(Fraction(1, 3).limit_denominator(2), Fraction(355, 113).limit_denominator(10), sum(Fraction(1, n) for n in range(1, 5)), Fraction(-6, 4), f.as_integer_ratio())
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(f"{Fraction(1, 3)}", str(Fraction(4, 2)), Fraction(1, 2) + 0.5, Fraction(1, 2) + Decimal("0.5") if False else "skip", divmod(Fraction(7, 2), 1), Fraction(7, 2) % 1)
