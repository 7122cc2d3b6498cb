# Closures: late binding in lambdas made in a loop vs default arguments,
# nonlocal from a generator and from a helper, global inside nested functions,
# cells shared by several closures, a cell rebound after the loop, recursive
# lambdas, composition.
# CPython: Python/compile.c (cells, free variables), Objects/cellobject.c.
def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def make_multipliers_fixed():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in make_multipliers_fixed()])
def outer():
    count = 0
    def gen():
        nonlocal count
        while count < 3:
            count += 1
            yield count
    return gen, lambda: count
g, peek = outer()
it = g(); print(next(it), peek(), list(it), peek())
def acc():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    add.reset = lambda: reset()
    def reset():
        nonlocal total
        total = 0
    return add
a = acc(); a(5); a(7); print(a(0)); a.reset(); print(a(1))
x = "global x"
def f():
    x = "f x"
    def g():
        global x
        return x
    def h():
        return x
    return g(), h()
print(f())
def closures_share():
    fs = []
    v = 0
    for _ in range(3):
        v += 1
        fs.append(lambda: v)
    return [f() for f in fs]
print(closures_share())
def cell_after_loop():
    res = []
    for i in range(3):
        def show(): return i
        res.append(show)
    i = 99
    return [r() for r in res]
print(cell_after_loop())
fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15))
def compose(*fns):
    def run(x):
        for fn in reversed(fns): x = fn(x)
        return x
    return run
print(compose(str, lambda v: v + 1, abs)(-5))
def counter_gen():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    while True:
        yield bump()
cg = counter_gen(); print([next(cg) for _ in range(3)])
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=1, a=2))
