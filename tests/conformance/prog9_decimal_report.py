"""A sales report with aligned columns: Decimal totals formatted with widths
and alignment (format(Decimal, spec) beyond ".2f"), textwrap, %-formatting,
str.format, f-string nested specs and string.Template."""
import textwrap
import string
from decimal import Decimal

rows = [
    ("Widget", 12, 3.5, Decimal("42.00")),
    ("Gadget extra long name", 3, 19.99, Decimal("59.97")),
    ("Doohickey", 150, 0.25, Decimal("37.50")),
    ("Thingamajig", 0, 100.0, Decimal("0")),
]
headers = ("Product", "Qty", "Price", "Total")
w = [max(len(str(r[i])) for r in rows + [headers]) for i in range(4)]
line = "+".join("-" * (x + 2) for x in w)
print(line)
print(" | ".join(f"{h:^{w[i]}}" for i, h in enumerate(headers)))
print(line)
for name, qty, price, total in rows:
    print(f"{name:<{w[0]}} | {qty:>{w[1]}d} | {price:>{w[2]}.2f} | {total:>{w[3]}}")
print(line)
grand = sum(r[3] for r in rows)
print(f"{'TOTAL':<{w[0]}} | {sum(r[1] for r in rows):>{w[1]}} | {'':>{w[2]}} | {grand:>{w[3]}}")

text = ("The garbage collector in CPython complements reference counting: it finds "
        "groups of objects that refer to each other but are unreachable from the "
        "outside, and frees them. Weak references let a program observe objects "
        "without keeping them alive.")
print(textwrap.fill(text, width=40))
print(textwrap.indent(textwrap.fill(text, 50, initial_indent="* ", subsequent_indent="  "), "> "))
print(textwrap.shorten(text, width=60, placeholder=" [...]"))
print(textwrap.dedent("""
    def f():
        return 1
    """))
print(textwrap.wrap("a bb ccc dddd eeeee", 6))
print("%-10s|%5d|%8.3f|%x|%o|%e|%r" % ("left", 42, 3.14159, 255, 8, 12345.678, "q"))
print("{:*^20}".format(" centered "), "{0}{1}{0}".format("ab", "-"), "{name!r:>8}".format(name="n"))
print(f"{1234567.891:,.2f} {0.125:.1%} {42:08b} {-42:+d} {3.0:g} {1e20:g} {255:#x} {255:X}")
print(f"{'nested':{'>'}{12}}|{3.14159:{'.3f'}}")
tmpl = string.Template("$who owes $$${amount} to ${whom}")
print(tmpl.substitute(who="Ann", amount=10, whom="Bob"))
print(tmpl.safe_substitute(who="Ann"))
print(string.ascii_lowercase[:5], string.digits, string.capwords("hello   wide world"))
print("|".join(s.center(9, ".") for s in ["a", "bb", "ccc"]))
print("x".ljust(4, "-") + "y".rjust(4, "-") + "7".zfill(3) + "-7".zfill(4))
for n in (0, 1, 12, 123456789, -5):
    print(f"{n:>12,} {n:<6}| {n:^7}| {n:=+8}")
print(f"{Decimal('1.005'):.2f} {Decimal('10') / Decimal('3'):.4f} {Decimal('2.50') * 3}")
print(repr(f"{'tab':\t<6}"), f"{True!s:>6}", f"{None!r}", f"{[1, 2]!s:>10}")
from decimal import localcontext
prices = [Decimal("1234567.891"), Decimal("-0.0001"), Decimal("0E+3"), Decimal("NaN"), Decimal("-Infinity"), Decimal("9.999")]
for spec in [">14", "<14,.2f", "^14.3", "014,.1f", "+.2e", ".1%", "x=+14,.0f", "G", ".3g", "z.2f"]:
    print(f"{spec:>10}: " + " ".join(f"[{format(p, spec)}]" for p in prices))
with localcontext() as ctx:
    ctx.capitals = 0
    print(format(Decimal("1E+10"), ""), format(Decimal("1E+10"), ".3"))
for bad in ["#", "_", "00", ".", "<05", "n,", "q"]:
    try:
        format(Decimal("1"), bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
