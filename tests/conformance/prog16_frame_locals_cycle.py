import sys, gc
class T:
    def __init__(self, n): self.n = n
    def __del__(self): print("T del", self.n)
def grab():
    t = T(1)
    return sys._getframe()
f = grab()
print("frame held, locals:", sorted(f.f_locals))
print(f.f_locals["t"].n)
f.clear()
print("after clear")
del f
def grab2():
    t = T(2)
    fr = sys._getframe()
    return fr
f2 = grab2()
del f2
print("after del f2 (self-cycle)")
gc.collect()
print("after collect")
def gen():
    t = T(3)
    yield sys._getframe()
g = gen()
fr = next(g)
print(fr.f_code.co_name, fr is g.gi_frame)
try:
    fr.clear()
except RuntimeError as e:
    print("RuntimeError", e)
del fr
g.close()
print("end")
