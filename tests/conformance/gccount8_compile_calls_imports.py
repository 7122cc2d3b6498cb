# Tuples the compiler makes itself and adds as constants, seen through
# compile()'s gc.get_count() delta: a call's keyword names, the names of
# `from m import a, b`, the constant keys of a dict display, the items of a
# list display of more than two constants, a def's constant defaults; a
# repeated tuple is merged with the first (the new one is freed).
import gc

def cost(src):
    gc.collect()
    gc.disable()
    before = gc.get_count()[0]
    code = compile(src, "<probe>", "exec")
    after = gc.get_count()[0]
    gc.enable()
    return after - before

sources = [
    "print(1)",
    "print(1, end='')",
    "f(a=1)",
    "f(a=1)\nf(a=2)",
    "f(a=1)\nf(b=2)",
    "f(a=1, b=2)",
    "import sys",
    "import os.path",
    "from os import path",
    "from os import path, sep",
    "from os import path\nfrom os import sep",
    "x = {}",
    "x = {'a': 1}",
    "x = {'a': 1, 'b': 2}",
    "x = [1, 2]",
    "x = [1, 2, 3]",
    "x = [1, 2, 3]\ny = [1, 2, 3]",
    "def f(a=1, b=2): return a",
    "def f(a=1): return a",
    "for i in range(3): pass",
    "try:\n    pass\nexcept Exception as e:\n    pass",
    "with open('x') as f:\n    pass",
    "if x:\n    y = 1\nelse:\n    y = 2",
    "while x:\n    x -= 1",
]
for s in sources:
    print(repr(s), cost(s))
