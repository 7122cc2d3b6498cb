# Fraction and Decimal: exact conversion in both directions' sense (Fraction
# from a Decimal, from_decimal with ints), the errors for NaN, infinity and
# a float given to from_decimal, and mixed comparisons.
from fractions import Fraction
from decimal import Decimal
print(Fraction(Decimal('1.1')), Fraction.from_decimal(Decimal('-2.50')), Fraction.from_decimal(3), Fraction(Decimal('1E+3')))
for bad in ["Fraction.from_decimal(1.5)", "Fraction(Decimal('NaN'))", "Fraction(Decimal('Infinity'))"]:
    try: eval(bad)
    except Exception as e: print(bad, type(e).__name__, e)
print(Decimal("0.5") == Fraction(1, 2), Decimal("0.3") < Fraction(1, 3), Fraction(3, 4) > Decimal("0.7"), Decimal(Fraction(1, 4).numerator) / Fraction(1, 4).denominator)
