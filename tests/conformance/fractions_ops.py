# Fraction and numbers: construction from ints, strings (signs, decimals,
# exponents, underscores, whitespace), floats and Rationals, with the
# ValueError/TypeError/ZeroDivisionError messages; arithmetic mixed with
# int, float and complex (exact or falling back), powers, comparisons with
# nan/inf, hashes equal to CPython's, limit_denominator, rounding, the
# conversions and the numeric tower's isinstance answers.
from fractions import Fraction as F
import math, numbers
tests = ["F('3.1415')", "F('-47e-2')", "F(' 10/4 ')", "F('1_000.000_1')", "F('.5')", "F('5.')", "F('1/0')", "F('1 /2')", "F('x')", "F('')", "F('1e')", "F('+.e1')", "F('1_')", "F('1__0')", "F('/2')", "F('1.5/2')",
 "F(1.47)", "F(2.25)", "F(float('nan'))", "F(float('inf'))", "F(10, -8)", "F(F(1,7), 5)", "F(F(1,7), F(2,3))", "F(1, 0)", "F(1.5, 2)", "F([1])", "F(True)", "F(3, True)",
 "F(1,3) + F(1,6)", "F(1,3) + 1", "1 + F(1,3)", "F(1,3) + 0.5", "0.5 + F(1,3)", "F(1,3) + 1j", "1j - F(1,3)", "F(1,3) * 3", "F(1,3) / F(2,9)", "F(7,2) // 2", "F(-7,2) % 2", "divmod(F(7,2), F(1,3))", "divmod(7, F(2,3))", "F(7,2) // 0.5", "7.5 % F(2)",
 "F(2,3) ** 2", "F(2,3) ** -2", "F(-2,3) ** -3", "F(4,9) ** F(1,2)", "2 ** F(3)", "2 ** F(1,2)", "F(4) ** 0.5", "(-8) ** F(1,3)", "F(1,3) ** 1j",
 "F(1,2) == 0.5", "F(1,3) == 1/3", "F(1,2) < 0.6", "F(1,2) > float('nan')", "F(1,2) < float('inf')", "F(2,1) == 2", "F(1,2) == 0.5+0j", "F(1,2) != 'a'", "sorted([F(1,2), 0.4, 1, F(-1,3)])",
 "hash(F(1,2)) == hash(0.5)", "hash(F(3)) == hash(3)", "hash(F(1,3))", "hash(F(-1,3))", "hash(F(10**30, 7))", "hash(F(1, 2**61-1))", "hash(F(-1))",
 "F(355,113).limit_denominator(10)", "F('3.141592653589793').limit_denominator(100)", "F(1,3).limit_denominator(0)", "F(4321, 8765).limit_denominator(10000)",
 "round(F(5,2))", "round(F(7,2))", "round(F(-5,2))", "round(F(12345,100), 1)", "round(F(12345,100), -2)", "math.floor(F(-7,2))", "math.ceil(F(-7,2))", "math.trunc(F(-7,2))", "int(F(-7,2))", "float(F(1,3))", "complex(F(1,2))",
 "F(3,4).as_integer_ratio()", "F.from_float(0.1)", "F.from_float(3)", "F.from_float('1')", "F(1,3).numerator", "F(6,4).denominator", "bool(F(0))", "abs(F(-1,3))", "-F(1,3)", "+F(1,3)", "str(F(3,1))", "str(F(-3,4))",
 "isinstance(F(1), numbers.Rational)", "isinstance(1.5, numbers.Real)", "isinstance(1, numbers.Integral)", "isinstance(1j, numbers.Real)", "issubclass(bool, numbers.Number)", "F(1,3).real", "F(1,3).imag", "F(1,3).conjugate()",
 "format(F(1,3))", "'{}'.format(F(1,3))", "F(1,3).__slots__", "sum([F(1,n) for n in range(1,11)])", "math.fsum([0.1]*10) == F(1)", "F(10**20, 3) / 7"]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
