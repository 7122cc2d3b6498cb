# math.frexp, ldexp, modf, remainder, nextafter and ulp are exact
# operations on doubles: zeros keep their sign, subnormals and overflow
# follow C's rules (OverflowError: math range error), and remainder rounds
# half-way quotients to even. Also acosh/atanh's domain errors.
import math

values = [0.0, -0.0, 1.0, -1.5, 3.75, 1e-310, -5e-324, 1e308, 2.0 ** -1022, 0.1,
          123456.789, float("inf"), float("-inf"), 7, True]
for v in values:
    print(repr(v), math.frexp(v), math.modf(v), math.ulp(v))
    print("   ", math.nextafter(v, 0.0), math.nextafter(v, math.inf), math.nextafter(v, -math.inf))
print(math.frexp(float("nan"))[1], math.isnan(math.modf(float("nan"))[0]))

for x, i in [(1.0, 10), (0.75, -1074), (0.75, -1075), (1.0, -1075), (3.0, -1076),
             (1.5, 1023), (0.5, 1025), (-2.5, 3), (5e-324, 1), (1.0, 10 ** 20), (1.0, -10 ** 20), (0.0, 5000)]:
    try:
        print("ldexp", x, i, repr(math.ldexp(x, i)))
    except OverflowError as e:
        print("ldexp", x, i, "OverflowError:", e)
m, e = math.frexp(1234.5)
print(math.ldexp(m, e) == 1234.5)

for x, y in [(5, 3), (-5, 3), (5.5, 2), (6.5, 2), (7.5, 2), (-7.5, 2), (1e300, 3.3),
             (0.0, 1), (-0.0, 1), (3, math.inf), (10, 0.1), (math.inf, 1), (1, 0)]:
    try:
        print("remainder", x, y, repr(math.remainder(x, y)))
    except ValueError as e:
        print("remainder", x, y, "ValueError:", e)

for name, arg in [("acosh", 0.5), ("atanh", 1.0), ("acosh", 1.0), ("atanh", 0.0), ("asinh", 0.0)]:
    try:
        print(name, arg, getattr(math, name)(arg))
    except ValueError as e:
        print(name, arg, "ValueError:", e)
for bad in [lambda: math.ldexp(1.0, 2.0), lambda: math.frexp("x"), lambda: math.ulp()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(math.exp2(10), math.exp2(-1), math.cbrt(8.0), math.cbrt(-1.0))
