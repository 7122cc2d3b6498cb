def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            return i * 10 if i == 2 else None
        finally:
            print("fin", i)
print(g())
def h():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(h())
for n in range(2, 12):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
i = 0
while i < 3:
    i += 1
else:
    print("while else", i)
def side(x):
    print("eval", x); return x
print(side(1) < side(2) < side(0) < side(5))
a, *b, c = range(6); print(a, b, c)
(x, y), z = (1, 2), 3; print(x, y, z)
first, *_ = "hello"; print(first, _)
print([*range(2), *"ab"], {**{"a": 1}, **{"b": 2, "a": 3}}, {*"aa", *"b"} == {"a", "b"})
def kw(*args, **kwargs): return args, kwargs
print(kw(*[1, 2], *(3,), **{"a": 1}, **{"b": 2}))
try:
    kw(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
width, prec, val = 10, 3, 3.14159
name = "gc"
print(f"{val=}", f"{name!r:>8}|", f"{val:{width}.{prec}f}|", f"{'nested ' + name.upper()}", f"{{literal}}", f"{val*2=:.2f}")
print(f"{3+4=}", f"{[1,2][0]}", f"{ {'k': 1}['k'] }", f"{name:*^9}", f"{12345:_}", f"{0.25:.1%}")
print(pow(3, -1, 7), (255).bit_length(), (1024).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
import math
print(math.comb(10, 3), math.perm(5, 2), math.isqrt(99), math.gcd(12, 18, 30), math.lcm(4, 6), math.factorial(20))
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)))
print(2 ** 64 // 3, -(2 ** 70) % 7, divmod(-17, 5), 7 / 2, 1e300 * 1e10, abs(-5), (-8) ** (1/3) if False else "skip")
print(True + True, 3 * "ab", "ab" in "cabd", not [], [] or "default", 0 and 1, None is None, 5 if 0 else 6)
print("a,b,,c".split(","), "  x  y ".split(), "a b c".split(maxsplit=1), "abc".center(9, "*"), "42".zfill(5), "Hello World".swapcase())
print("tab\tsep".expandtabs(4), "ΣΑΣ".casefold(), "x".isidentifier(), "pre_fix".removeprefix("pre_"), "a\nb\r\nc".splitlines(keepends=True))
print("they're bob's".title(), "abc".partition("b"), "a-b-c".rpartition("-"), " x ".strip(), "xxhixx".strip("x"), "%".join("abc"))
print(sorted("banana"), "".join(reversed("abc")), "abc"[::-1], "abcdef"[1:5:2], "abc" * 0, ord("A"), chr(0x263A))
print("{0}-{1}-{0}".format("a", "b"), "{name}:{n:03d}".format(name="x", n=7), "{:>{w}}".format("r", w=4), "{0[1]} {1.real}".format([5, 6], 3))
