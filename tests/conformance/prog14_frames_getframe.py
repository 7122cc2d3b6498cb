import sys
import gc
import inspect

class Tracer:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("Tracer del", self.n)

def capture_frame():
    local = Tracer("in-frame")
    return sys._getframe()

f = capture_frame()
print(f.f_code.co_name, sorted(f.f_locals))
print("frame keeps locals alive")
f.clear()
print("after clear")
del f

def outer():
    t = Tracer("outer")
    return inner()
def inner():
    caller = sys._getframe(1)
    return caller.f_locals["t"].n, caller.f_code.co_name, caller.f_back.f_code.co_name
print(outer())

def gen():
    t = Tracer("gen")
    yield sys._getframe()
g = gen()
fr = next(g)
print(fr is g.gi_frame, fr.f_lineno)
try:
    fr.clear()
except RuntimeError as e:
    print("RuntimeError:", e)
del fr
g.close()
print("gen closed")
del g
def who():
    return inspect.currentframe().f_code.co_name
print(who())
def depth():
    n = 0
    f = sys._getframe()
    while f:
        n += 1
        f = f.f_back
    return n
print(depth())
st = inspect.stack()
print(len(st) >= 1, st[0].function)
del st
