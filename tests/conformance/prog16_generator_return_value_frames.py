import gc
class T:
    def __init__(self, n): self.n = n
    def __del__(self): print("T del", self.n)
def g():
    t = T(1)
    yield 1
    return "done"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("return value", e.value)
print("frame after exhaustion", it.gi_frame)
def outer():
    r = yield from g()
    print("delegated result", r)
    yield "after"
o = outer()
print(next(o), next(o))
del o
print("end")
