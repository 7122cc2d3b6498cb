# The fields of the SyntaxError that compile()/exec()/eval() raise for a bad
# string, as CPython 3.11 fills them: msg, lineno, offset, end_lineno,
# end_offset (the whole offending token for "invalid syntax", the node's
# range for compiler errors, none at the end of an eval string), and text
# (a final newline in 'exec' mode, none added in 'eval' mode, none for a
# tokenizer error, None for a compiler error on a string). 'eval' mode parses
# one expression list: a statement keyword fails at once, `x = 1` at its `=`.
cases = ["1 +", "1 +\n", "(1,", "x = ", "def f(:\n pass", "1 + * 2", "a b",
         "'abc", ")", "[1)", "a = $", "1abc", "\"\"\"abc", "a b c", "foo bar",
         "x = (1 2)", "f(**)", "x += ", "import", "def f(a, a): pass", "return 5",
         "x = yield = 3", "a.1", "1 = x", "f() = 1", "del f()",
         "for x in 1 2: pass", "lambda: (yield)", "class C(x for x in y): pass",
         "nonlocal q", "é = 1\nµ µ", "if True:\n    x = (1\n", "[x for x in 1 2]",
         "f(a b)", "x = 1 +", "while", "break", "1 if 2", "print 'x'", "print x, y", "exec code"]
for src in cases:
    for mode in ["exec", "eval"]:
        try:
            compile(src, "<s>", mode)
        except SyntaxError as e:
            print(repr(src), mode, type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
        else:
            print(repr(src), mode, "compiles")
for src in ["1 +", "x = 2", "import os"]:
    try:
        eval(src)
    except SyntaxError as e:
        print("eval", repr(src), e.msg, e.offset, e.end_offset, repr(e.text))
    try:
        exec(src + " +")
    except SyntaxError as e:
        print("exec", repr(src), e.msg, e.offset, e.end_offset, repr(e.text))
