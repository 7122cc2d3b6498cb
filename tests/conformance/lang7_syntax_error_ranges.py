# Where compile() reports syntax errors: offset and end_offset (and lines)
# for indentation errors (no end column: -1), TabError and a bad line
# continuation (end 0), leading zeros in decimal literals (a range ending
# just past the first nonzero digit), "':' expected after dictionary key"
# (at the key's last character, end 0), a starred dict value, unparenthesized
# exception types and generator arguments, `if x = 1`, `f(**a, *b)`, the
# "expected 'except' or 'finally' block" at a dedent, mixed except/except*,
# and errors inside f-string fields (tokenizer errors carry no "f-string: "
# prefix; parser errors are ranges in the field's own columns). A bare
# generator expression is a valid f-string field. A malformed \N escape is
# CPython's unicode error (positions in decode_unicode_with_escapes' buffer).
# CPython: Parser/tokenizer.c, Parser/pegen_errors.c, Grammar/python.gram
#   (invalid_* rules), Parser/string_parser.c fstring_compile_expr.
cases = [
    "if True:\n        a = 1\n    b = 2\n", "def f():\n  x = 1\n   y = 2", "\tif 1:\n        pass", "  x = 1",
    "if 1:\n  pass\n else: pass", "if 1:\n\tx = 1\n        y = 2", "x = 1\n    y = 2\n", "for i in x:\n# c\n\n  pass\n   pass",
    "x = \\ 1", "x = 1 \\\n", "if 1:\npass",
    "x = 012", "x = 0_1", "x = 00012", "x = 0_0_1", "x = 0123", "x = 09.5", "x = 00",
    "d = {'a': 1, 'b'}", "d = {**x, 'a'}", "x = {1: 2, 3}", "d = {1: *a}", "d = {1: 2, 3: *a, 4: 5}", "d = {'a':}",
    "try:\n  pass\nexcept A, B: pass", "try:\n  pass\nexcept A, B as e: pass", "try:\n  pass\nexcept  A ,  B  :  pass", "try:\n  pass\nexcept* A, B: pass",
    "try:\n  pass\nexcept:\n  pass\nexcept* E:\n  pass", "try:\n  pass\nexcept E:\n  pass\nexcept  *  E:\n  pass", "try:\n  pass\nexcept* E:\n  pass\nexcept E:\n  pass",
    "try:\n    x = 1\n", "try: x = 1\n", "try:\n    x = 1\ny = 2", "if 1:\n  try:\n    pass\n  x = 1\n",
    "if x = 1: pass", "if x = a + b * c: pass", "while x = y.z: pass", "if x.y = 1: pass",
    "f(**a, *b)", "f(**a, *b, c)", "f(a for a in b, c)", "f(c, a for a in b)", "f(a for a in b if c if d, e)", "f(a for a in b for c in d, e)",
    'x = "\\N"', 'x = "ab\\N{"', 'x = "\\Nx"', 'x = "\\N{}"', 'x = "é\\N"', 'x = "a" "\\N{"', 'x = "\\x4"', 'x = "\\U00110000"',
    "f'{a b}'", "f'{1 +}'", "f'{a.}'", "f'{not}'", "f'{1 if}'", "f'{0012}'", "f'{1_}'", "f'{€}'", "f'{*a}'", "f'{a for a in b if a}'", "f'{(1}'",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("ok:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
print(f'{list(x * 2 for x in range(3))} {sum(x for x in range(4))}')
g = f'{x for x in "ab"}'
print(g.startswith("<generator object <genexpr> at"))
