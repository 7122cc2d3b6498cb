# Floats: repr (float_repr_style short), true division, floor division and
# modulo with their signs, int/float comparisons and equal dict keys, round()
# with ties to even, and format specs e/f/g/%.
# CPython: floatobject.c (float_repr, float_div, float_floor_div, float_rem).
for x in [1.0, -0.0, 1e16, 1e15, 0.1+0.2, 1e-5, 0.0001, 123456789.123, 1.5e300, 2.5e-10, 100.0, 3.14]:
    print(repr(x), str(x))
print(7/2, 1/3, 2**-1, 10/5, 7//2.0, -7//2.0, 7%2.5, -7%2.5, 7.5%-2)
print(hash(2.0), 1 == 1.0, {1: 'a', 1.0: 'b'}, 0.5 < 1, int(3.9), int(-3.9), round(2.675, 2), round(2.5), round(3.5), abs(-1.5))
print(f'{3.14159:.2f} {2.5:e} {1/3:.3} {0.25:%} {1e20:g} {5.0:g} {5.0:.3} {1234.5:,.1f} {-2.5:8.2f}|{7:.1f}')
try: 1/0
except ZeroDivisionError as e: print(e)
try: 1.0//0
except ZeroDivisionError as e: print(e)
try: 1.0%0
except ZeroDivisionError as e: print(e)
print(float('1.5'), float(2), str(2.0), max(1, 2.5), sum([0.5, 0.25]), 3 * 0.5, 2 ** 0.5, True + 0.5)
print(type(1.5).__name__, isinstance(2.0, float), isinstance(2, float), sorted([3, 1.5, 2]), -1.5, 2.0 in [2], [1.0].count(1))
x = 5
x /= 2
print(x, 10 % 3.0, divmod(7, 2), 0.1 * 3, 1e3, 1.5e-7)
print(f"{2.5:.0f}", f"{0.125:.2f}", f"{-2.25:.1f}", "%.1f" % 0.25, f"{1e22:.1f}", f"{2.675:.2f}", f"{1/3:.3}", f"{0.00001234:g}", f"{123456789.0:g}", f"{9.9999995:.3e}")
print(round(0.125, 2), round(2.25, 1), round(2.675, 2), round(1234.5678, -2), round(-0.5), round(1.5))
print(2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 23 == 1e23, 2 ** 1024 == float("inf"), 2 ** 1024 < float("inf"), 1.5 < 2**60, 2**60 == 2.0**60)
