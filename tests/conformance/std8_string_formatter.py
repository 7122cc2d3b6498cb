# string.Formatter: parse() yields (literal, field, spec, conversion) as
# _string.formatter_parser does, with its ValueErrors; get_field walks
# attributes and items; subclasses override get_value (defaults for
# missing keys), check_unused_args, convert_field and format_field; nested
# fields in a spec and the automatic/manual numbering errors.
import string

f = string.Formatter()
print(f.format("{0}-{x:>4}|{1!r}", 1, "two", x="y"))
print(list(f.parse("a{b}c{d!r:>3}{{e}}")))
print(list(f.parse("{}{:}{!s}{0[1].real:{w}}")))
for bad in ["{", "}", "a}b", "{0!}", "{0!rr}", "{0:", "{[}", "{a{b}}", "{!"]:
    try:
        list(f.parse(bad))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)

class Point:
    def __init__(self): self.x, self.y = 3, [4, 5]

print(f.format("{p.x} {p.y[1]} {d[key]} {0[0]}", [9], p=Point(), d={"key": "v"}))
print(f.get_field("p.y[0]", (), {"p": Point()}))
print(f.format("{:{}}|{:>{width}.{prec}f}", "a", 5, 3.14159, width=8, prec=2))
for bad_fmt, args in [("{}{0}", (1, 2)), ("{0}{}", (1, 2)), ("{a.}", ()), ("{0[}", ()), ("{0!x}", (1,)), ("{:{:{}}}", (1, 2, 3))]:
    try:
        f.format(bad_fmt, *args, a=1)
    except (ValueError, IndexError) as e:
        print(repr(bad_fmt), type(e).__name__ + ":", e)

class Defaults(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<" + key + ">")
        return super().get_value(key, args, kwargs)

class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError("unused: " + ", ".join(sorted(unused)))

class Upper(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)
    def format_field(self, value, spec):
        if spec == "money":
            return f"${value:,.2f}"
        return super().format_field(value, spec)

print(Defaults().format("Hello {name}, you owe {amount}", name="Ann"))
print(Strict().format("{a}", a=1))
try:
    Strict().format("{a}", a=1, b=2, c=3)
except ValueError as e:
    print("ValueError:", e)
print(Upper().format("{0!u} pays {1:money}", "bob", 1234.5))
print(Defaults().vformat("{x}-{y}", (), {"x": 1}))
