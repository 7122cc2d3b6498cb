# Integer and float formatting: repr/str of floats, big ints, round() half to
# even, int()/float() parsing and errors, floor division and modulo signs,
# divmod/pow, f-string number specs, hashes of numbers.
import math
vals = [0.1, 1/3, 2/3, 1e16, 1e-7, 123456789.123456789, 1.0, -0.0, 1e300*10, float("nan"), 2.5, 1e22, 1e21, 0.000123, 9007199254740993.0]
for v in vals:
    print(repr(v), str(v), f"{v}", f"{v:.3}", f"{v:g}", round(v, 2) if math.isfinite(v) else v)
print(2**100, -2**64, 10**30 // 7, 2**100 % 97, hex(2**70), oct(-8), bin(10), int("1" * 30), (2**64).bit_length())
print(int("ff", 16), int("0o17", 8), int("z", 36), int("  -12  "), int("1_000"), float("1_0.5"))
for bad in ["12a", "", "0x", "1__0", "3.5"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
print(7 / 2, 7 // 2, -7 / 2, 2 ** 0.5, 10 / 5, 3 * 1.1, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3))
print(round(0.125, 2), round(0.375, 2), round(2.5), round(3.5), round(-0.5), round(1e20), round(123.456, -1), type(round(1.5)))
print(math.floor(-1.5), math.ceil(-1.5), math.trunc(-1.5), int(-1.5), math.fsum([0.1] * 10), sum([0.1] * 10))
print(divmod(7.5, 2), divmod(-7, 3), 5 % -3, -5 % 3, 5.5 % -2, pow(3, 4, 5), pow(2, -1, 7), abs(-3.5))
print((3.0).is_integer(), (7).as_integer_ratio(), (0.75).as_integer_ratio())
print(1e-310, 5e-324, 1.7976931348623157e308, -1e-5, 1e5, 1e15, 1e16, 12345678901234567890.0)
print(f"{12345.6789:,.2f} {0.5:.0%} {1234:08.2f} {-42:+06d} {3:b} {1e6:,.0f} {12:x}{255:X}")
print(str(10**15 + 0.5), 100.0, 1e2, 15.0 / 3, 2e0, math.pi, math.e, math.inf, -math.inf, math.sqrt(2))
print(int(1e20), int(2.5e-3), int(-0.9), float(2**53 + 1), 2**53 + 1.0 == 2**53, 0.1 * 3)
print(hash(0.5), hash(-1), hash(2**61 - 1), hash(2**61), hash(float("inf")), hash(1.5) == hash(3 / 2))
