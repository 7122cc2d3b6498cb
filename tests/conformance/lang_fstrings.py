# f-strings: {expr} uses str(), {expr!r} uses repr(), {expr!s} uses str();
# user __str__/__repr__ are honoured, str() falls back to __repr__; quotes
# inside reprs, nested expressions and calls, and literal text around them.
# CPython: compile.c compiler_formatted_value (FORMAT_VALUE with !r/!s).
class Both:
    def __str__(self):
        return "str-of-Both"

    def __repr__(self):
        return "Both()"


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


name = "Ann"
items = [1, "two", None, True]
b = Both()
print(f"hello {name}!")
print(f"repr: {name!r} | str: {name!s}")
print(f"list: {items} | repr of list: {items!r}")
print(f"user: {b} {b!r} {b!s} | fallback: {OnlyRepr()} {OnlyRepr()!s}")
print(f"in a list: {[b, OnlyRepr()]}")
print(f"math {1 + 2 * 3} and call {len(items)} and cond {'yes' if items else 'no'}")
print(f"call inside: {repr('a' + 'b')} {str(12) + '3'}")
s1 = "it's"
s2 = 'say "hi"'
print(f"{s1!r} {s2!r}")
print(f"dict: {({'k': 'v'})} | tuple: {(1,)} | empty: {''!r}")
print(f"{name}{name}", f"no fields", f"{b!r}{b!s}")
