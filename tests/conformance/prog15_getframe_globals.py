import sys, gc

class Tracker:
    def __init__(self, n): self.n = n
    def __del__(self): print("Tracker del", self.n)

FRAMES = []
def work(n):
    t = Tracker(n)
    FRAMES.append(sys._getframe())
    return n * 2

print(work(1), work(2))
print([f.f_code.co_name for f in FRAMES], [f.f_locals["n"] for f in FRAMES])
print("lineno", FRAMES[0].f_lineno)
FRAMES.pop()
print("popped one")
FRAMES[0].clear()
print("cleared")
FRAMES.clear()

def outer():
    x = Tracker("outer")
    def inner():
        return sys._getframe(1)
    return inner()
f = outer()
print(f.f_code.co_name, f.f_back.f_code.co_name, type(f.f_locals["x"]).__name__)
del f
print("after del f")

def recursive(k):
    if k == 0:
        return sys._getframe()
    return recursive(k - 1)
fr = recursive(3)
depth = 0
cur = fr
while cur.f_code.co_name == "recursive":
    depth += 1
    cur = cur.f_back
print("depth", depth, cur.f_code.co_name)
del fr, cur
try:
    sys._getframe(100)
except ValueError as e:
    print("ValueError:", e)

def selfref():
    t = Tracker("self")
    me = sys._getframe()
    return 1
selfref()
print("before collect")
gc.collect()
print("end")
