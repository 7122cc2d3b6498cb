import gc
class T:
    def __init__(self, n): self.n = n
    def __del__(self): print("del T", self.n)
def make():
    t = T(1)
    def f():
        return t, f
    return f
f = make()
print(f()[0].n)
del f
print("after del f (cell cycle)")
print(gc.collect() > 0)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c.__closure__[0].cell_contents)
c.__closure__[0].cell_contents = 10
print(c())
def rec():
    t = T(2)
    def a(): return b
    def b(): return a, t
    return a
x = rec()
del x
print("after del x")
gc.collect()
def empty_cell():
    def g(): return v
    try:
        g()
    except NameError as e:
        print("NameError", e)
    v = 1
    return g
print(empty_cell()())
print("end")
