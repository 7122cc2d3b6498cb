# Everyday builtins and syntax: f-string specs and =, %-formatting, 
# str.format, rounding and division, str methods, slicing, int()/float() 
# parsing, unpacking, walrus, comprehensions, keyword-only and 
# positional-only parameters.
import sys
print(f"{3.14159:.2f} {42:08b} {255:#x} {1e10:g} {0.1+0.2!r} {12345678:,} {-5:+d} {'x':*^9}")
print(f"{1/3:.3%} {123.456:e} {float('inf')} {-0.0} {2**64} {10**20/3}")
x = 10
print(f"{x=} {x*2=!r} {x = :5d}")
print("%5.1f|%-6s|%03d|%x|%r" % (2.345, "ab", 7, 255, "q"))
print("{0}{1}{0}".format("a", "b"), "{:>{w}}".format("r", w=5), "{name!r:^10}".format(name="n"))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), int(-3.9), 7 // -2, -7 % 3, divmod(-7, 2))
print(str(1e16), str(1e-5), repr(0.1), 1.0, 100.0, 1e300*1e10, float("nan") == float("nan"))
print(sorted(["b", "A", "c"], key=str.lower), sorted([(1, "b"), (1, "a")], reverse=True))
print(max([], default=None), min("hello"), sum(range(101)), any([]), all([]))
print(list(zip("abc", range(5))), list(enumerate("xy", 1)), dict(zip("ab", [1, 2])))
print("a,b,,c".split(","), " x  y ".split(), "a-b-c".rsplit("-", 1), "abc".partition("b"))
print("hello world".title(), "ABC".lower(), "  s ".strip(), "x".center(5, "."), "12".zfill(5), "a\tb".expandtabs(4))
print("abc"[::-1], "abcdef"[1:5:2], [1, 2, 3][-2:], (1, 2, 3)[::2])
print(int("ff", 16), int("0b101", 0), bin(10), oct(8), hex(-255), float("1_000.5"), int("  42  "))
print(chr(9731), ord("é"), "é".encode(), b"\xc3\xa9".decode(), "ß".upper(), "ǅ".lower())
a, *b, c = range(6)
print(a, b, c)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *_ = "xyz"
print(first, _)
d = {"k": 1, **{"m": 2}}
print(d, [*range(3), *"ab"], {*[1, 2], *[2, 3]})
if (n := len(d)) > 1:
    print("walrus", n)
print([y for x in [[1, 2], [3]] for y in x if y != 2], {k: v for k, v in d.items()}, sorted({c for c in "aab"}))
print([(lambda i=i: i)() for i in range(3)])
def kw(a, /, b, *, c=3, **rest): return a, b, c, rest
print(kw(1, b=2, d=4), kw(1, 2, c=5))
print(sys.getrecursionlimit())
def rec(n): return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("RecursionError", e)
print(isinstance(True, int), True + True, bool("False"), None is None, 1 == 1.0, hash(1) == hash(1.0))
print(abs(-3+4j), (1+2j) * (3-1j), complex("1+2j"), pow(3, -1, 7), 0.1 + 0.2 == 0.3)
print(type(3 / 1), 3 ** -1, 2 ** 0.5, (-8) ** (1/3))
print([1, 2] == [1, 2], [1, 2] is [1, 2], "ab" < "b", (1, 2) < (1, 2, 0), [3] > [2, 9])
print(list(range(10, 0, -3)), range(5)[1:3], len(range(0, 100, 7)), 7 in range(0, 10, 7))
print(str(b"abc"), bytes([65, 66]), bytearray(b"x") + b"y", b"a b".split(), b"%d" % 5)
print(repr("it's"), repr('say "hi"'), repr("both ' \""), ascii("é"), repr("\n\t\x00"))
print(set() == frozenset(), {1, 2} <= {1, 2, 3}, {1, 2} ^ {2, 3}, frozenset([1]) | {2})
print(dict.fromkeys("ab", 0), {"a": 1} | {"b": 2}, list({"x": 1}.items()))
