# := inside comprehensions: CPython's SyntaxErrors (rebinding an iteration
# variable, inside a class body, in an iterable expression, an inner loop
# rebinding a target), checked with compile().
sources = [
    "[i := 0 for i in range(3)]",
    "[j for i in range(3) for j in ((i := 1),)]",
    "class C:\n    [(y := i) for i in range(3)]\n",
    "[x for x in (y := [1, 2])]",
    "[(a := 1) for a, b in []]",
    "[[(i := 1) for j in range(2)] for i in range(2)]",
    "[x for x in range(3) if (x := 1)]",
    "def f():\n    [(z := i) for i in range(3)]\n    return z\n",
    "[(k := 1) for k in range(2)]",
    "[i for i in range(2) for k in range((k := 1))]",
    "[(j := 0) for i in range(2) for j in range(2)]",
    "[0 for i in range(2) if (w := i) for w in range(2)]",
    "lambda: [(q := i) for i in range(2)]",
]
for src in sources:
    try:
        compile(src, "<walrus>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(f"{e.msg!r} line {e.lineno}")
