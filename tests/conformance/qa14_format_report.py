# An ordinary program (qa14 sweep): a sales report with f-string and format
# specs (alignment, thousands separators, %, e, g, nested widths),
# %-formatting, str.format, Decimal, rounding, and a too-short % tuple at the
# end.
from decimal import Decimal
sales = [("North", "Widget", 1234567.891, 0.1234), ("South", "Gadget", -98765.4321, -0.05),
         ("East", "Doohickey", 0.000123, 1.5), ("West", "Thingamajig", 1e10, 0.0)]
print(f"{'Region':<8}|{'Product':^13}|{'Revenue':>18}|{'Growth':>8}")
print("-" * 50)
for r, p, rev, g in sales:
    print(f"{r:<8}|{p:^13}|{rev:>18,.2f}|{g:>8.1%}")
for r, p, rev, g in sales:
    print(f"{rev:e} {rev:.3e} {rev:g} {rev:.3g} {rev:G} {rev:+.2f} {rev: .1f} {rev:_.0f}")
for width in (5, 10, 15):
    for prec in (1, 3):
        print(f"[{3.14159265:{width}.{prec}f}] [{'x':*^{width}}] [{42:0{width}d}]")
n = 255
print(f"{n:b} {n:o} {n:x} {n:X} {n:#b} {n:#o} {n:#x} {n:08b} {n:,} {n:_x} {-n:#x}")
print(f"{1234567:,d} {1234567:_d} {-1234567.5:,.1f} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
print(f"{12345.6789:=+15,.2f}|{-3:=8}|{3:<+6}|{'abc':>{2+3}}|{'left':-<10}")
print("%5d|%-5d|%05.1f|%s|%r|%x|%o|%e|%g|%%|%c" % (42, 42, 3.14159, "s", "r", 255, 8, 12345.678, 0.00001234, 65))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30})
print("{0} {1} {0}".format("a", "b"), "{name:>6}".format(name="bob"), "{:.2%}".format(0.12345))
print("{0[1]} {1.real} {2!r:>8}".format([1, 2], 3 + 4j, "x"))
print(format(1e-7, ".2g"), format(1e16, "g"), format(123456789.0, ".10g"), format(0.1 + 0.2, ".17g"))
print(f"{Decimal('1234.5678'):,.2f} {Decimal('0.1') + Decimal('0.2')} {Decimal(1) / Decimal(7)}")
print(f"{float('inf'):>8} {float('nan'):<6}| {-0.0} {1e300 * 1e10} {2**0.5:.30f}")
print(f"{True:d} {True} {None!s:>6} {3+0j} {complex(1.5, -2):.2f} {1j**2}")
x = 7
print(f"{x=} {x * 2 = } {x!r:>4} {'nested ' f'{x:03}'}")
print(f"{'tab':\t>6}" if False else "skip")
total = sum(r[2] for r in sales)
print(f"Total: {total:>20,.3f}")
print(round(2.675, 2), round(0.125, 2), round(-1.5), round(1234.5678, -2), round(7, -1))
print(str(1/3), repr(1/3), 1e22, 1e-5, 123456789012345678.0, 0.1*3, 100.0, 1e16, -1.0e-10)
print(format(12, "c"), format("s", "<3") + "|", format(3.0, "n"), format(10**20, ",") )
try:
    print(f"{'abc':d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(format(1.5, "x"))
except ValueError as e:
    print("ValueError:", e)
try:
    print("{} {}".format(1))
except IndexError as e:
    print("IndexError:", e)
print("%s %s" % (1,))
