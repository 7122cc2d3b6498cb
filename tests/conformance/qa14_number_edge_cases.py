# An ordinary program (qa14 sweep): float and complex reprs, big ints, divmod
# and floor division signs, int()/float() parsing and their ValueErrors, math
# errors.
import math, sys
vals = [0.1, 1/3, 2/3, 1e15, 1e16, 1.5e16, 12345678901234567890.0, 1e-4, 1e-5, 5e-324, 1.7976931348623157e308,
        -0.0, float("inf"), -float("inf"), 3.0, 2.5e-7, 100.0 / 3, 0.1 + 0.7, 4.35 * 100, 1.1 * 1.1]
for v in vals:
    print(repr(v), str(v), f"{v}", f"{v:.3}", f"{v:10.4g}|")
print(math.nan, math.pi, math.e, math.tau, math.sqrt(2), math.fsum([0.1] * 10), sum([0.1] * 10))
zs = [1j, 1 + 2j, -1.5 - 0.5j, complex(0, -0.0), complex(1e20, 1e-20), 3j * 3j, (1 + 1j) ** 8, complex("2-3j"), 0j, -0j]
for z in zs:
    print(z, repr(z), abs(z) if z != 0 else 0)
print(2 ** 200, -(3 ** 100), 10 ** 30 // 7, 10 ** 30 % 7, divmod(-17, 5), divmod(17, -5), -17 // 5, -17 % 5)
print(2 ** -1, 2 ** 0.5, (-8) ** (1 / 3), pow(3, 100, 7), pow(2, -1, 7), 7 / 2, 7 // 2, -7 / 2, 7.5 // 2, 7.5 % 2, -7.5 % 2)
print(int("  42  "), int("-0x1f", 16), int("0b101", 0), int("z", 36), int("1_000"), int(3.99), int(-3.99), int("0o17", 0))
print(float("  1e3 "), float("-inf"), float("nan"), float("1_0.5"), hex(255), oct(-8), bin(10), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((1234).bit_length(), (-1).bit_count() if hasattr(int, "bit_count") else "", (3.5).as_integer_ratio(), (0.1).hex(), float.fromhex("0x1.8p1"), (2.0).is_integer())
for bad in ["abc", "", "1.5", "12a", " ", "0x10", "1__0", "١٢٣"]:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print("ValueError:", e)
for bad in ["abc", "", "1.2.3", "inf5"]:
    try:
        print(float(bad))
    except ValueError as e:
        print("ValueError:", e)
for f in [lambda: 1 / 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: divmod(1, 0), lambda: math.sqrt(-1), lambda: math.log(0),
          lambda: int("5", 1), lambda: 10 ** 5000 * 1.0, lambda: float(10 ** 400), lambda: math.factorial(-1), lambda: int(float("inf")), lambda: int(float("nan")),
          lambda: 2 ** 10000 / 3, lambda: "a" * -1 + "b", lambda: round(float("inf")), lambda: chr(0x110000), lambda: ord("ab")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(math.factorial(30), math.comb(50, 25), math.perm(10, 3), math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.isqrt(10 ** 20 + 1))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5), round(3.5), math.copysign(1, -0.0), math.isclose(0.1 + 0.2, 0.3))
print(sys.maxsize, sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit)
big = 3 ** 1000
s = str(big)
print(len(s), s[:20], s[-20:], hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(1.5), hash(float("inf")))
print(0.1 + 0.2 == 0.3, 1e308 * 10, -1e308 * 10, 1e-320, 1e-320 / 10, 2.0 ** 1023 * 2 if False else "", 10 ** 18 == 1e18, 10 ** 23 == 1e23)
print(True + True, True * 3.5, ~5, -~5, 5 ^ 3, 5 & 3, 5 | 3, 1 << 70, -1 >> 3, ~True)
