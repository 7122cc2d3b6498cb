# str.format and str.format_map as unicode_format.h parses them: nested
# replacement fields in a spec (two levels), conversions before a spec,
# attribute and index accessors (a key of digits is an int), automatic and
# manual numbering, escaped braces, __format__ of user classes, and every
# parse error with CPython's exception and message; str.maketrans in its
# three forms with translate(); dir() of builtin types lists their methods.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        return f"${self.cents / 100:{spec or '.2f'}}"

class Defaulting(dict):
    def __missing__(self, key):
        return f"<{key}>"

width, prec = 10, 3
print("{:>{w}}|{:<{w}}|".format("r", "l", w=width))
print("{0:{1}.{2}f}|{0:{fill}^{1}}|".format(3.14159, width, prec, fill="*"))
print("{:{}}|{}".format("a", 5, "b"))
print("{!r:>{}}|{!s:^7}|{!a}".format("q", 6, "s", "é"))
print("{p[0]}-{p[1]}-{q.real}-{r[key]}-{r[2]}".format(p=[1, 2], q=3, r={"key": "v", 2: "two"}))
print("{0}{1}{0} {{literal}} {{{0}}}".format("ab", "cd"))
print("{}: {:8.3f} {price:,}".format("total", 2 / 3, price=1234567))
print("{:*^20}".format(Money(12345)), "{:>12}".format(Money(5)), "{}".format(Money(99)))
print("{name} is {age} and {missing}".format_map(Defaulting(name="Ann", age=7)))
print("{x.imag}".format_map({"x": 3}))
print(str.maketrans("abc", "xyz"), str.maketrans("ab", "xy", "c"), str.maketrans({"a": "1", 98: None}))
print("abcabc".translate(str.maketrans("abc", "xyz", "b")), "hello".translate({ord("l"): "L"}))
print(all(name in dir(str) for name in ("maketrans", "format_map", "translate", "upper", "__len__", "__contains__")))
print(all(name in dir(list) for name in ("append", "sort", "__getitem__", "__iter__", "__len__")))
print(all(name in dir({}) for name in ("get", "items", "setdefault", "__setitem__")))
print(hasattr(str, "maketrans"), hasattr("", "format_map"), "split" in dir(""))

bad = [
    ("{", ()), ("}", ()), ("a}b", ()), ("{0!", (1,)), ("{0!x}", (1,)), ("{0!rr}", (1,)),
    ("{!r", (1,)), ("{a.}", ()), ("{a[}", ()), ("{0[0]x}", ([1],)), ("{0:{1:{2}}}", (1, 2, 3)),
    ("{} {}", (1,)), ("{5}", (1,)), ("{0} {}", (1, 2)), ("{} {0}", (1, 2)), ("{x}", ()),
    ("{0[5]}", ([1],)), ("{99999999999999999999}", (1,)), ("{0.nope}", (1,)), ("{:d}", ("s",)),
    ("{a{b}", ()), ("{0!\x01}", (1,)),
]
for fmt, args in bad:
    try:
        print(repr(fmt.format(*args)))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(fmt), type(e).__name__, e)
for fmt in ("{0}", "{}", "{x[0]}"):
    try:
        print(fmt.format_map({"x": "y"}))
    except ValueError as e:
        print(repr(fmt), type(e).__name__, e)
for args in [([],), ({"ab": 1},), ({1.5: 1},), ("a", "bc"), (1, "b"), ("a", 2), ("a", "b", 3), ()]:
    try:
        print(str.maketrans(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
