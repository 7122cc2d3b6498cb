# compile() deltas for more function shapes: generators, decorators,
# keyword-only parameters, *args/**kwargs, nested comprehensions, lambdas
# as defaults, methods with docstrings, global declarations.
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
    "def gen():\n    yield 1",
    "def gen(n):\n    for i in range(n):\n        yield i",
    "def f(*args, **kwargs): return args",
    "def f(a, *, b): return b",
    "def f(a, *, b=1): return b",
    "@staticmethod\ndef f(): pass",
    "def deco(fn):\n    return fn\n@deco\ndef f(): pass",
    "def f():\n    '''doc'''\n    return 1",
    "counter = 0\ndef bump():\n    global counter\n    counter += 1",
    "x = [[j for j in range(i)] for i in range(3)]",
    "x = [i for i in range(3) if i % 2]",
    "x = (i for i in range(3))\ny = list(x)",
    "def outer():\n    return [i for i in range(3)]",
]
for s in sources:
    print(repr(s), cost(s))
