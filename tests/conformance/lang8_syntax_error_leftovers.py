# SyntaxErrors a typo produces, with CPython 3.11's message and location:
# a dict key after a comma that no ':' follows is "':' expected after
# dictionary key" whatever follows it (invalid_kvpair), while the first key
# or a value gets the missing-comma message; `async`/`await` used as names
# are plain "invalid syntax" at the token after them; `for async in` too;
# a stray token after `**mapping` is plain invalid syntax, and `{**a for
# x in y}` is "dict unpacking cannot be used in dict comprehension".
cases = [
    "{1: 2, 3 4}", "x = {1: 2, 3 4}", "x = {1: 2, 3 4, 5: 6}", "{1: 2, a b}", "{1: 2, 3 4: 5}", "{1: 2, 3 4 5}",
    "{1: 2, 3 if 4}", "{1:2,\n 3 4}", "{1: 2, x.y z}", "{1: 2, 3 4 if x else y}", "{1: 2, 3 for}", "{**a, 3 4}",
    "{1: 2, lambda: 3 4}", "{1: 2, 3 if 4 else 5 6}", "{1: 2, 3 4,}", "{1: 2, 3 = 4}", "{1: 2, x := 3}",
    "{1: 2, a b c: 5}", "{1: 2, 'a' 'b' c}", "{1:2, 3}", "{1:2, 3:}",
    "{3 4}", "{3 4: 1}", "{1: 3 4}", "{1: 2, 3: 4 5}", "{1: 2, (3 4): 5}", "{1: 2, [3 4]: 5}", "{1: 2, not}",
    "{1: 2, *a}", "{1: 2, yield}", "{1: 2, **a b}", "{1: 2, 3: 4 +}", "{1: 2, 3: (4}", "{1: 2, (3: 4}",
    "{1: 2, 3: 4, 5 +", "{1: 2, [3, 4}", "{1: 2, 3: 4, 5: 6 7}", "x = {1: 2, 3: 4", "{1: 2, 'a': f(x y)}",
    "{1: 2,\n 3: 4,\n 5 6: 7}", "{1: 2, 3 if 4 else 5: 6, 7 8}",
    "{**a b}", "{**a, **b c}", "{1: 2, **a b, 3: 4}", "{**a b: 1}", "{**a + b c}", "{**a for x in y}",
    "{**a for x in y if z}", "{**a for x in}", "{1: 2, **a for x in y}", "[(yield 1 2)]", "def f():\n    [(yield 1 2)]",
    "async = 1", "x = async", "await = 2", "def async(): pass", "async.x = 1", "print(async)", "async x",
    "async\n", "@d\nasync x", "for async in x: pass", "await", "x = await", "x = await + 1", "await.x",
    "(await)", "async if x: pass", "class async: pass", "import async", "x.async = 1", "async, b = 1, 2",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("ok:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
# The same mistakes in dicts a program builds, caught where they are compiled.
config_src = 'settings = {"debug": True, "level" 3}'
try:
    exec(config_src)
except SyntaxError as e:
    print(e.msg, e.offset, e.text)
