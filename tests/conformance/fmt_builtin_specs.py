# Builtin format specs (formatter_unicode.c): every option of the mini-language
# on int, bool, float and str, zero padding through thousands separators, '#',
# 'z', 'n', 'c', and the ValueErrors of bad specs; also str.format, % and round.
cases = [
    (True, ">5"), (True, ""), (False, "d"), (True, "^7"), (3, ".2f"), (3, "%"), (0.5, ".0%"),
    (12345678, "_x"), (12345678, "_b"), (1234.5, "_.2f"), (1234567.891, ",.2f"), (-0.0, ".1f"),
    (1e16, ""), (1e16, "g"), (123456789.0, ".3g"), (0.000012345, ".3g"), (1.0, ".0f"), (2.5, ".0f"),
    (1.5, "e"), (255, "c"), (65, "c"), (-255, "#x"), (-255, "#010x"), (255, "X"), (3.14159, "10.3f"),
    (3.14159, "<10.3f"), (3.14159, "=+10.3f"), (-3.14159, "010.3f"), ("abc", "*<7"), ("abc", ".1"),
    (10**25, ","), (-10**25, "_"), (1e300 * 1e10, ""), (float("nan"), "f"), (float("-inf"), "F"),
    (1/3, ""), (1/3, ".17g"), (2/3, "r" if False else ".5"), (100.0, ".1"), (0.1, "g"), (1e-5, ""),
    (5, "05"), (5, "+05"), (-5, " 05"), (1.25, "+.1f"), (1.35, ".1f"), (12.0, "n"), (1234, "n"),
    ("x", "^5"), ("", ">3"), (7, "o"), (7, "#o"), (0, "#b"), (3.0, "5"), (1e22, "f"), (1.23e-10, "f"),
]
for v, spec in cases:
    print(repr(v), repr(spec), "->", repr(format(v, spec)))
bad = [(1.0, "d"), (5, ".2"), ("a", "+"), ("a", "d"), (3, ",x"), (3, "s"), ("a", "="), (5, "abc"), (1.5, "x"), (5, "_,"), (3, ",c")]
for v, spec in bad:
    try:
        print(format(v, spec))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("{:>{w}.{p}f}|{:{fill}^{w}}".format(3.14159, "mid", w=9, p=2, fill="-"))
print("{0[1]} {1[k]} {2.real} {0!r:>10}".format([1, 2], {"k": "v"}, 3))
print("%5.2f|%-6d|%s|%r|%x|%05d|%+d|%e|%g|%%|%c" % (3.14159, 42, "s", "r", 255, 42, 7, 12345.678, 0.00001, 65))
print("%(a)s and %(b)03d" % {"a": "x", "b": 7})
print(str(1e16), str(1.5e-7), repr(0.1 + 0.2), str(1e15), 1e-4, 123456789012345678.0, 2**0.5, -1e-300 * 1e-300)
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234.5678, -2), round(15, -1), round(25, -1))
print(int("  42 "), int("-0x1f", 16), int("0b101", 0), int(3.99), int(-3.99), float("  1.5e3 "), float("-inf"))
print(7 // -2, -7 // 2, 7 % -2, -7 % 2, 7.5 // 2, -7.5 % 2, divmod(-7, 2), 2 ** -1, 10 ** 20, 1 / 3 * 3)
