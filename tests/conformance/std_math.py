# math: constants, rounding to int, sqrt/log/exp with exact results, the
# integer functions, isclose, fsum, and CPython's domain errors.
import math
print(math.pi, math.e, math.inf, -math.inf, math.isnan(math.nan), math.tau)
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.floor(-0.5), type(math.floor(3.0)).__name__)
print(math.sqrt(16), math.sqrt(2), math.log(1), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0))
print(math.fabs(-3), math.copysign(2, -0.0), math.hypot(3, 4), math.fmod(7, 3), math.pow(2, 10))
print(math.gcd(12, 18), math.gcd(), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.isqrt(99))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isinf(math.inf), math.isfinite(1e308), math.prod([1, 2, 3, 4]), math.prod([2, 3], start=10), math.degrees(math.pi))
print(math.factorial(30), math.log(10 ** 100) > 230, math.dist((0, 0), (3, 4)))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.floor(math.inf), lambda: math.exp(1000), lambda: math.acos(2)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    math.sqrt("x")
except TypeError as e:
    print("TypeError:", e)
