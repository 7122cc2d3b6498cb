# math and number formatting: constants, integer functions (isqrt, gcd,
# lcm, factorial, comb, perm), logs and exponentials, trigonometry,
# hypot/dist, fsum/prod, frexp/ldexp/modf, special functions, domain and
# overflow errors, round() half-even, divmod/pow, int/float conversions and
# float reprs.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.isqrt(17), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7))
print(math.gcd(12, 18), math.gcd(), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.perm(5))
print(math.log(100, 10), math.log2(1024), math.log10(0.001), math.log1p(1e-10), math.exp(1), math.expm1(1e-10))
print(math.sin(math.pi / 6), math.cos(0), math.atan2(1, 1), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.degrees(math.pi), math.radians(180), math.copysign(3, -0.0), math.fabs(-3), math.fmod(7, -3))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308 * 10), math.isnan(float('nan')), math.isinf(-math.inf))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([], start=5))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.remainder(10, 3), math.pow(2, 0.5))
print(math.erf(0.5), math.gamma(5.5), math.lgamma(10), math.nextafter(1, 2), math.ulp(1.0))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.exp(1000), lambda: math.isqrt(-1), lambda: math.comb(3, -1)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(round(2.5), round(3.5), round(-0.5), round(1.23456, 2), round(1234, -2), round(0.125, 2))
print(divmod(-7, 2), divmod(7.5, 2), pow(3, -1, 7), pow(2, 100), abs(-3+4j), 7 // -2, -7 % 3)
print(int('ff', 16), int('0b101', 0), float('1e-3'), float('-inf'), int(3.99), int(-3.99), hex(255), oct(8), bin(-5))
print(1e16, 1e-5, 123456789012345678.0, 0.1 + 0.2, 2 ** 0.5, float(10**20), 1/3, -0.0, 5e-324)
print((2.5).as_integer_ratio(), (0.1).hex(), float.fromhex('0x1.8p1'), (3.0).is_integer(), (255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'))
print((10).bit_length(), (-10).bit_count() if hasattr(int, 'bit_count') else 0, math.floor(1e20), math.ceil(-0.5))
