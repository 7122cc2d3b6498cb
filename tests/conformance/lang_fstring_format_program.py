# f-strings with format specs: nested width/precision fields, !r/!s/!a with
# specs, the = specifier, user __format__, thousands separators, alternate
# forms, and the ValueErrors/TypeErrors of bad specs.
class F:
    def __format__(s, spec): return f"F[{spec}]"
    def __repr__(s): return "F-repr"
    def __str__(s): return "F-str"
x = 3.14159; n = 1234567; s = "hi"
print(f"{x:.2f} {x:10.3e} {n:,} {n:_x} {n:>12} {s:*^10} {s!r:>6} {F()} {F():abc} {F()!r} {F()!s:>8}")
print(f"{x=}, {n = :,}, {s=!s}, {F()=}")
w = 8; p = 3
print(f"{x:{w}.{p}f}|{n:0{w+4}d}|{'nested'!r:{'^'}{w*2}}")
print(f"{{literal}} {n:#x} {n:#o} {n:#b} {-n:+} {n:e} {0.5:%} {12:c} {255:08b}")
print(f"{'a' 'b'}", f"{3+4}", f"{[1,2][0]}", f"{ {'k':1}['k'] }")
print(format(F(), "spec"), format(3, ""), "{:>5}|{!r}".format("a", "b"), "{0}{1}{0}".format("x", "y"))
try: f"{x:d}"
except ValueError as e: print(e)
try: f"{s:d}"
except ValueError as e: print(e)
try: format(object(), "x")
except TypeError as e: print(e)
class NoFmt: pass
print(f"{NoFmt.__name__:>10}")
print(f"{True:d} {True} {None!r:>6} {3:.3} {1e20:g} {1.5:n} {-0.0}")
import datetime
print(f"{datetime.date(2020,1,2):%Y/%m/%d}")
print(f"{'\\N'}" if False else "skip")
