# string (constants, Template substitute/safe_substitute and its KeyError,
# capwords, Formatter) and textwrap (fill, wrap, shorten, dedent, indent,
# long words, TextWrapper indents), then the str methods and format
# mini-language programs use, with their errors.
import string, textwrap
print(string.ascii_letters, string.digits, string.punctuation, string.hexdigits, repr(string.whitespace))
t = string.Template("Hello $name, you owe $$${amount}")
print(t.substitute(name="Ann", amount=5), t.safe_substitute(name="Bob"))
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError", e)
print(string.capwords("hello   world  foo"), string.Formatter().format("{0}-{x}", 1, x=2))
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(text, width=30))
print(textwrap.wrap("a b c d e f g", 5))
print(textwrap.shorten("Hello world, this is a long line", width=20))
print(repr(textwrap.dedent("""
    def f():
        return 1
""")))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.fill("averyveryverylongwordthatneedsbreaking", 10))
print(textwrap.TextWrapper(width=20, initial_indent="* ", subsequent_indent="  ").fill(text[:60]))
s = "  Hello, World!  "
print(s.strip(), s.lstrip(), s.rstrip() + "|", s.lower(), s.upper(), s.swapcase(), s.title(), s.casefold())
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".rsplit(",", 1), "line1\nline2\r\n".splitlines(), "x".join("abc"))
print("hello".center(11, '*'), "7".zfill(3), "-7".zfill(4), "ab".ljust(4, '.'), "ab".rjust(4), "tab\tx".expandtabs(4))
print("hello".find("l"), "hello".rfind("l"), "hello".index("e"), "hello".count("l"), "hello".replace("l", "L", 1))
print("abc".startswith(("x", "a")), "abc".endswith("bc"), "abc".partition("b"), "abc".rpartition("x"))
print("Hello".isalpha(), "123".isdigit(), "12a".isalnum(), " ".isspace(), "Ab".istitle(), "ab".islower(), "²".isdigit(), "²".isdecimal())
print("abc".translate(str.maketrans("ab", "xy", "c")), "prefix_x".removeprefix("prefix_"), "x.py".removesuffix(".py"))
print("%s %d %5.2f %-4s| %x %o %e %r %%" % ("a", 3, 3.14159, "b", 255, 8, 12345.678, "q"))
print("{:>8}|{:<8}|{:^8}|{:08.3f}|{:,}|{:_b}|{:#x}|{:+d}|{:.2%}|{!r}".format("r", "l", "c", 3.14159, 1234567, 10, 255, 5, 0.256, "x"))
print(f"{3.14159:.3}", f"{1e10:g}", f"{12:e}", f"{'x':*^7}", f"{-5:=+6}", f"{1234.5:,.1f}", f"{0.5:.0f}", f"{1.5:.0f}")
print(str.maketrans({'a': '1'}), ord('€'), chr(8364), ascii('é'), repr('a\'b"c'), repr("it's"))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError", e)
