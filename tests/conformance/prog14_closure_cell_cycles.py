import gc
import weakref

class Widget:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("Widget del", self.name)

def make_counter(w):
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count, w.name
    w.callback = inc          # widget -> closure -> cell -> widget: a cycle
    return inc

gc.disable()
w = Widget("button")
inc = make_counter(w)
print(inc(), inc())
print([type(c).__name__ for c in inc.__closure__])
print(inc.__code__.co_freevars)
wr = weakref.ref(w)
del w, inc
print("alive after del:", wr() is not None)
print("collected", gc.collect())
print("alive after collect:", wr() is not None)

def recursive_closure():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
f = recursive_closure()
print(f(6))
fw = weakref.ref(f)
cell = f.__closure__[0]
print(cell.cell_contents is f)
del f, cell
print("fact alive (self-cycle via cell):", fw() is not None)
gc.collect()
print("fact alive after collect:", fw() is not None)

def make_lambdas():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return fs
print([f() for f in make_lambdas()])
def make_lambdas2():
    return [lambda i=i: i for i in range(3)]
print([f() for f in make_lambdas2()])

def outer():
    x = Widget("captured")
    def inner():
        return x.name
    return inner
g = outer()
print(g())
g.__closure__[0].cell_contents = Widget("replaced")
print(g())
del g
print("end")
gc.enable()
