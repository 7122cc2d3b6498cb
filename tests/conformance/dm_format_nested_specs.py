# __format__ on user classes: f-string specs with nested fields ({x:{w}d}),
# format(), str.format, !r/!s with specs, {x=}, and the TypeErrors of
# object.__format__ with a spec and of a __format__ returning a non-str.
class Money:
    def __init__(self, cents, cur="USD"):
        self.cents = cents
        self.cur = cur
    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "short":
            return f"{self.cents // 100}{self.cur[0]}"
        value = self.cents / 100
        return f"{value:{spec}} {self.cur}"
    def __str__(self):
        return f"{self.cents/100:.2f} {self.cur}"
    def __repr__(self):
        return f"Money({self.cents!r}, {self.cur!r})"

m = Money(123456)
print(f"{m}")
print(f"{m:short}")
print(f"{m:>12,.2f}")
print(f"{m!r}")
print(f"{m!s:>20}")
print(format(m, ".1f"))
print("{:short} and {!r}".format(m, m))
print("{0:.3f}|{0}".format(m))
print(f"{m=}")
width = 10
print(f"[{m.cents:{width}d}]")
print(f"[{'left':<{width}}][{'right':>{width}}][{'mid':^{width}}]")
print(f"{3.14159:.2%} {1234567:,} {1234567:_} {255:#x} {255:#o} {255:#b} {255:08b}")
print(f"{-3:+d} {3:+d} {3: d} {1e10:g} {1.5e-7:g} {123.456:e} {0.1:.20f}")
print(f"{42:*^9} {'abc':.2} {3.0:n} {10**20:d}")
class Plain:
    pass
try:
    print(f"{Plain():>10}")
except TypeError as e:
    print("TypeError:", e)
print(format(Plain(), "") .startswith("<__main__.Plain object"))
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError:", e)
print(f"{True:d} {True} {None!r} {None}")
print(f"{'nested {braces}'} {{literal}}")
