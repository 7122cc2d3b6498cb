# The future statement's rules: it must come first (after the docstring),
# name a known feature, and 'braces' is not a chance; each error is a
# SyntaxError at compile time, as python3 reports it.

cases = [
    "x = 1\nfrom __future__ import annotations\n",
    "from __future__ import nonexistent\n",
    "from __future__ import braces\n",
    "def f():\n    from __future__ import annotations\n",
    '"""doc"""\nfrom __future__ import annotations\nfrom __future__ import division\nprint("ok")\n',
]
for src in cases:
    try:
        compile(src, "case.py", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
