import textwrap
import pprint
from decimal import Decimal
from datetime import datetime

x, n, s = 3.14159265, 1234567, "gclab"
print(f"{x}|{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:^10.2f}|{x:+.3e}|{x:%}|{x:.1%}|{x:g}|{x:G}")
print(f"{n:,}|{n:_}|{n:_x}|{n:#x}|{n:#o}|{n:#b}|{n:08d}|{n:+d}|{-n: d}|{n:e}|{n:,.2f}")
print(f"{s!r}|{s!s}|{s!a}|{s:>10}|{s:*^11}|{s:.3}|{s:<8}|{'é'!a}|{s=}|{x = :.2f}")
print(f"{255:X}|{255:#X}|{65:c}|{0.0001234:g}|{1e20:g}|{1e-5:f}|{12345.6789:,.2f}|{-0.0:.1f}|{float('inf'):f}")
w, p = 12, 4
print(f"[{x:{w}.{p}f}] [{s:{'>'}{w}}] [{n:0{w},}]")
print(f"{True:d} {True!s:>6} {None!r} {[1, 2]!s:>8} {(1,)}")
print(f"{Decimal('1.005'):.2f} {Decimal('12345.678'):,.1f} {Decimal('-0.5'):+08.2f}")
print(f"{datetime(2024, 2, 29, 13, 5, 9):%Y/%m/%d %I:%M:%S %p %a %b}")
print("{} {} {}".format(1, "two", 3.0), "{1}{0}{1}".format("a", "b"), "{name}-{n:03}".format(name="id", n=7))
print("{0[0]} {0[1]} {1.real} {d[k]}".format([9, 8], 2 + 3j, d={"k": "v"}))
print("{:>{w}}|{:^{w}.2f}".format("r", 2.5, w=7), "{!r:>8}".format("q"), "{{}}".format())
print("%s %r %d %5.2f %-5s| %05d %x %o %e %%" % ("s", "r", 42, 3.14159, "ab", 42, 255, 8, 1234.5))
print("%(a)s and %(b)03d" % {"a": "A", "b": 7}, "%c%c" % (72, "i"), "%+.1f" % -2.25, "%10.4s|" % "abcdefg")
text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.fill(text, width=30))
print(textwrap.wrap(text, 25)[:3])
print(textwrap.indent("a\nb\n\nc", "  > "))
print(textwrap.dedent("""
    def f():
        return 1
"""))
print(textwrap.shorten(text, width=40, placeholder=" [...]"))
print(textwrap.fill("x " * 20, width=15, initial_indent="* ", subsequent_indent="  "))
data = {"users": [{"name": "ann", "roles": ["admin", "dev"], "age": 31},
                  {"name": "bob", "roles": [], "age": 25, "meta": {"k": list(range(12))}}],
        "count": 2, "tuple": (1, "x", None)}
pprint.pprint(data)
pprint.pprint(data, width=40, compact=True)
print(pprint.pformat(data, depth=2))
pprint.pprint(list(range(30)))
pprint.pprint({"z": 1, "a": 2, "m": {"y": 1, "b": 2}}, sort_dicts=False)
print(str.center("mid", 11, "-"), "abc".ljust(6, ".") + "|", "7".zfill(3), "-7".zfill(4), "a\tb".expandtabs(4))
print("Title Case words".swapcase(), "hello world".title(), "ß".upper(), "  x ".strip(), "x,y,,z".split(","))
print(format(1234.5, "_^+15,.2f"), format(10, "b"), format("s", "^5"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"))
print(round(2.675, 2), round(0.125, 2), round(-1.5), round(12345, -2), f"{1/3:.15g}", repr(1/3), 1e16, 1.5e-7, 123456789012345678.0)
