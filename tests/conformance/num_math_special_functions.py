# math's special functions as python3 computes them on Linux: erf/erfc
# (glibc's), gamma/lgamma (CPython's Lanczos code), cbrt, exp2, frexp,
# ldexp, modf, nextafter, ulp, remainder -- values and the errors of their
# domains (ValueError) and ranges (OverflowError).
import math

def show(name, *args):
    try:
        print(name, args, repr(getattr(math, name)(*args)))
    except Exception as e:
        print(name, args, type(e).__name__, e)

for x in [0.0, -0.0, 0.5, 1.0, -1.5, 3.0, 6.5, -7.0, 27.5, float('inf'), float('-inf'), float('nan')]:
    show('erf', x)
    show('erfc', x)
for x in [1, 2, 5, 23, 24, 0.5, 1.5, -0.5, -1.5, 10.1, 171.5, 172, 1e-300, 0, -0.0, -3, 200.5, -200.5, float('-inf')]:
    show('gamma', x)
    show('lgamma', x)
for x in [27, -8, 0.001, 2.0, 1e300, -0.0]:
    show('cbrt', x)
for x in [10, -1074, -1075, 1023.5, 1024, 0.5]:
    show('exp2', x)
for x in [10, 0.1, -3.75, 5e-324, 0.0, float('inf')]:
    show('frexp', x)
    show('modf', x)
    show('ulp', x)
for x, i in [(1.5, 10), (0.75, -1074), (1.0, -1075), (1.0, 1024), (3.0, -2000), (2.5, 10**30)]:
    show('ldexp', x, i)
for a, b in [(1, 2), (1, 0), (-0.0, 1), (5e-324, 0)]:
    show('nextafter', a, b)
for a, b in [(7, 4), (5, 2), (-5, 2), (10, 3.5), (1, 0), (float('inf'), 1), (3, float('inf'))]:
    show('remainder', a, b)
show('erf', 'x')
show('gamma')
show('ldexp', 1.0, 2.5)
