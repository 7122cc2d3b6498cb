# textwrap cases: gclab's textwrap must print what CPython's prints.
import textwrap
cases = ["  a\n    b\n  c\n", "\tx\n\ty\n", "  a\n \n    b", "   \n  z\n", "a\n  b", "  x\n\t y\n", "", "  only\n"]
for c in cases:
    print(repr(textwrap.dedent(c)))
print(repr(textwrap.indent("a\n\nb\n  c", "> ")))
print(repr(textwrap.indent("a\n\nb", "+", lambda l: True)))
t = "The quick brown fox jumps over the lazy dog and a well-known cat sat on the mat " * 3
for w in (10, 20, 33, 70):
    print(textwrap.wrap(t, w))
print(textwrap.fill("hello   world\tthis is\na test", 12))
print(textwrap.shorten("Hello  world! This is a long sentence", 20))
print(textwrap.wrap("averyveryveryverylongword shortword", 8))
print(textwrap.wrap("x" * 30, 7, initial_indent='* ', subsequent_indent='  '))
