# match: compile-time errors, reported as python3 reports them (checked with
# compile(), which raises SyntaxError with msg and lineno).
sources = [
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case 1 | y:\n        pass\n    case 2:\n        pass\n",
    "match x:\n    case [a, b] | [a]:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case {'k': 1, 'k': 2}:\n        pass\n",
    "match x:\n    case {1: a, 1.0: b}:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n",
    "match x:\n    case C(a=1, 2):\n        pass\n",
    "match x:\n    case y as _:\n        pass\n",
    "match x:\n    case 1 as f():\n        pass\n",
    "match x:\n    case f'{x}':\n        pass\n",
    "match x:\n    case y if y:\n        pass\n    case z:\n        pass\n",
    "match x:\n    case {**rest, 'a': 1}:\n        pass\n",
    "match x:\n    case a | b:\n        pass\n",
    "match x:\n    case (y as z) | y:\n        pass\n",
    "for i in []:\n    match i:\n        case 1:\n            break\n",
    "match x:\n    case 1:\n        continue\n",
    "match x:\n    case {'a': a, **a}:\n        pass\n",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(f"{e.msg!r} line {e.lineno}")
