# What compile() allocates per scope: the symbol table's dict and two lists
# per block, the compiler unit's five dicts, each code object's co_names,
# co_consts and co_localsplusnames tuples with their constant-cache keys;
# bodies of the same shape share their bytecode and line table keys.
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
    "def f(): pass",
    "def f(): pass\ndef g(): pass",
    "def f(): pass\ndef g(): pass\ndef h(): pass",
    "def f(a): return a",
    "def f(a, b): return a + b",
    "def f():\n    x = 1\n    return x",
    "def f():\n    def g():\n        pass",
    "def f():\n    def g():\n        return 1",
    "def f(): return [i for i in x]",
    "lambda: 0",
    "f = lambda a: a",
    "x = [i for i in range(3)]",
    "x = {i for i in range(3)}",
    "x = {i: i for i in range(3)}",
    "x = sum(i for i in range(3))",
    "class A: pass",
    "class A: pass\nclass B: pass",
    "class A:\n    def m(self): pass",
    "class A:\n    def m(self): pass\n    def n(self): pass",
    "class A:\n    def m(self): return __class__",
    "def f():\n    x = 1\n    y = 2",
    "def f():\n    x = 1\n    y = lambda: 0",
]
for s in sources:
    print(repr(s), cost(s))
