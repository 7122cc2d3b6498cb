# str.format and format_map (unicode_format.h): nested spec fields, auto and
# manual numbering, accessors, every ValueError/IndexError/KeyError of a bad
# format string, and int/float/str.__format__ called as methods (super() too).
print(int.__format__(5, "03d"), float.__format__(1.5, ".2f"), str.__format__("a", ">3"))
class F(float): pass
print(f"{F(2.5):.3f}", format(F(1), ""))
class I(int):
    def __str__(self): return 'I!'
print(I(3).__format__(''), format(I(3)), int.__format__(I(3), ''), super(I, I(3)).__format__('x'))
class Money(int):
    def __format__(self, spec):
        return "$" + super().__format__(spec)
print(f"{Money(1234):,}", f"{Money(5)}", "{:>6}".format(Money(7)), format(Money(3), "03d"))
print("{:{}}|{:{w}.{p}}".format("a", 4, 3.14159, w=8, p=3), "{0}{1}{0}".format("x", "y"), "{a[0]}{b.imag}".format(a=[9], b=2))
for bad in ["{", "}", "{0!x}", "{0!}", "{0!r x}", "{:{:{}}}", "{0[}", "{0]}", "{.}", "{0.}", "{} {0}", "{0} {}", "{5}", "{nope}", "{0[0]x}"]:
    try:
        print(repr(bad.format([1], 2)))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(bad, type(e).__name__, e)
class D(dict):
    def __missing__(self, k): return "<" + k + ">"
print("{a} {b}".format_map(D(a=1)))
try:
    "{0}".format_map({})
except ValueError as e:
    print(e)
for src in ['f"{x:{y:{z}}}"', 'f"{x:{y}"', 'f"{x!z}"', 'f"{x:{}}"']:
    try:
        compile(src, "<s>", "eval")
        print(src, "compiles")
    except SyntaxError as e:
        print(src, "SyntaxError:", e.msg)
x, y, z = 3.14159, 8, 3
print(f"{x:{y}.{z}}", f"{x:{'<'}{y}}", f"{'ab'!r:{'>'}{y}}", f"{x = :.2f}", f"{x:{y}.{z}{'e'}}")
