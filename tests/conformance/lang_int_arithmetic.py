# Python ints have arbitrary precision: products beyond 2**53 and 2**64 are
# exact, // and % keep their floor semantics on big values, and int() parses
# long digit strings.
# CPython: longobject.c (arbitrary precision, floor division/modulo).
big = 4294967296 * 4294967296
print("2**64:", big, "| +1:", big + 1, "| -1:", big - 1)
print("2**53 + 1:", 9007199254740993, "| as sum:", 9007199254740992 + 1)
print("big // 3:", big // 3, "| big % 7:", big % 7, "| -big // 5:", -big // 5, "| -big % 5:", -big % 5)
f = 1
for n in range(1, 26):
    f *= n
print("25!:", f)
print("parse:", int("123456789012345678901234567890") + 1)
print("compare:", big > 9007199254740993, big == 18446744073709551616, -big < 0)
print("small:", 17 // 5, 17 % 5, -17 // 5, -17 % 5, 0 // 3, -0)
print("mixed with bool:", True * 10, big * False)
