# cmath: every function over finite, signed-zero, huge, tiny, infinite and
# NaN parts, with CPython's special values and errors.
import cmath
import math

vals = [0.0, -0.0, 1.0, -1.0, 0.5, -2.0, 3.0, 1e-320, 1e308, -1e308, 710.0, -710.0,
        math.inf, -math.inf, math.nan, 1e-8, 0.71, 1.2]
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log',
         'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'phase', 'polar', 'isfinite',
         'isnan', 'isinf']
for name in names:
    f = getattr(cmath, name)
    out = []
    for re_ in vals:
        for im in vals:
            try:
                out.append(repr(f(complex(re_, im))))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__[0])
    print(name, ' '.join(out))
rect = []
for r in vals:
    for p in vals:
        try:
            rect.append(repr(cmath.rect(r, p)))
        except ValueError:
            rect.append('V')
print('rect', ' '.join(rect))
for a in [1, 2 + 3j, -1, 0, 1e-300j, 8]:
    for b in [2, 10, 1, 0, 1j]:
        try:
            print('log', a, b, cmath.log(a, b))
        except ValueError as e:
            print('log', a, b, e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(1j * cmath.pi), cmath.polar(1j), cmath.rect(2, cmath.pi / 2))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(0, 1e-10, abs_tol=1e-9))
print(cmath.isclose(complex(math.inf, 0), complex(math.inf, 0)), cmath.isclose(math.nan, math.nan))


class Num:
    def __complex__(self):
        return 3 + 4j


class Flt:
    def __float__(self):
        return 2.0


print(cmath.sqrt(Num()), cmath.sqrt(Flt()), cmath.phase(True), cmath.polar(Num()))
for bad in [lambda: cmath.sqrt('x'), lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2),
            lambda: cmath.log(), lambda: cmath.log(1, 2, 3), lambda: cmath.rect(1),
            lambda: cmath.rect('a', 1), lambda: cmath.isclose(1, 2, rel_tol=-1),
            lambda: cmath.exp(1000), lambda: cmath.log(0), lambda: cmath.atanh(1),
            lambda: cmath.cosh(1000 + 1j), lambda: cmath.phase(1e308 + 1e-320j)]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for z in (1e308 + 1e308j, complex(math.inf, 1), complex(math.nan, 1)):
    try:
        print(cmath.polar(z))
    except OverflowError as e:
        print('OverflowError', e)
print(cmath.isclose(1e308 + 1e308j, -1e308 - 1e308j))
