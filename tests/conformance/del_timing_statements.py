# When __del__ runs: frames released by exceptions, rebinding, slice deletion, clear, pop, update, discarded call results
import sys, gc
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f():
    d = D("local")
    raise ValueError("boom")
try:
    f()
except ValueError as e:
    print("caught", e)
print("after try")
def g():
    try:
        f()
    except ValueError:
        err = sys.exc_info()
        print(type(err[1]).__name__)
    print("g end")
g()
print("after g")
x = D("x")
x = D("x2")
print("rebound")
a = [D(i) for i in range(3)]
a[1:2] = []
print("sliced")
a.clear()
print("cleared")
b = {i: D(f"v{i}") for i in range(2)}
b.pop(0)
print("popped")
b.update({1: None})
print("updated")
def h():
    return D("ret")
h()
print("discarded")
y = h().n
print("attr", y)
z = [D("z")] * 2
del z[0]
print("one left")
del z
print("end")
