# Closures and cells: late binding in lambdas, default-argument capture,
# nonlocal counters, a cell keeping an object alive after its function dies,
# global, UnboundLocalError and NameError for free variables deleted or not yet
# bound, walrus in a comprehension, comprehension temporaries' lifetimes.
import gc, sys
def make_counters():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(make_counters())
def make2():
    return [(lambda j=i: j) for i in range(3)]
print([f() for f in make2()])
def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    def get(): return x
    return inc, get
inc, get = outer()
inc(); inc(); print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)
class T:
    def __init__(s, n): s.n=n
    def __del__(s): print("del T", s.n)
def hold():
    t = T("cell")
    def f(): return t
    return f
f = hold(); print("made"); c = f.__closure__[0]; del f; print("f gone"); print(c.cell_contents.n); del c; print("cell gone")
total = 0
def addg(n):
    global total
    total += n
addg(5); print(total)
def late():
    try:
        print(y)
    except NameError as e: print(e)
    y = 1
try: late()
except UnboundLocalError as e: print("ULE", e)
def fr():
    def inner(): return zz
    try: inner()
    except NameError as e: print(e)
    zz = 2
    return inner()
print(fr())
def dangling():
    def g(): return q
    del_me = g
    q = 1
    del q
    try: g()
    except NameError as e: print(e)
dangling()
print([x for x in range(3) if (y := x) > 0], y)
print({k: v for k, v in zip("ab", range(2))}, {x % 2 for x in range(5)})
print([(a, b) for a in range(3) for b in range(a)])
xs = [T(i) for i in range(2)]
print("built")
xs = None
print("rebound")
g = (T(i) for i in range(2))
print(next(g).n)
del g
print("end")
