import sys

class Obj:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("Obj del", self.n)

def f():
    x = Obj("x")
    y = Obj("y")
    return sys._getframe()

fr = f()
print("got frame", sorted(fr.f_locals))
fr.clear()
print("after clear", fr.f_locals)

def gen():
    z = Obj("z")
    yield sys._getframe()

g = gen()
gf = next(g)
try:
    gf.clear()
except RuntimeError as e:
    print("RuntimeError:", e)

def current():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        print("RuntimeError:", e)
current()
del g, gf
print("end")
