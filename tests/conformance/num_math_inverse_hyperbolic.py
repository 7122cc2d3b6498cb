# math's hyperbolic functions, their inverses, and log2/log10 (also of ints
# beyond a float, through loghelper's frexp) as python3 computes them: the
# last digit of each result, and the domain errors.
import math

for name in ['sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'log2', 'log10', 'asin', 'acos']:
    f = getattr(math, name)
    row = []
    for x in [0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 10.0, 22.5, 100.0, 710.0, -0.5, -3.0, 1e-10, 2**-30]:
        try:
            row.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(name, ' '.join(row))
for n in [10**400, 2**1024, 2**1024 - 1, 3**1000, 10**22]:
    print(math.log2(n), math.log10(n), math.log(n), math.log(n, 3))
for bad in [0, -1, -10**400]:
    try:
        math.log10(bad)
    except ValueError as e:
        print('log10', bad if bad > -100 else 'big', e)
