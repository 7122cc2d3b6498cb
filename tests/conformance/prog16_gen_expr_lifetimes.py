import gc
class T:
    def __init__(self, n): self.n = n
    def __del__(self): print("T del", self.n)
def source():
    t = T("src")
    try:
        for i in range(5):
            yield i
    finally:
        print("source finally")
g = (x * 2 for x in source())
print(next(g), next(g))
del g
print("after del genexpr")
for v in source():
    if v == 1:
        break
print("after break")
total = sum(x for x in source())
print("sum", total)
def nested():
    yield from source()
n = nested()
next(n)
n.close()
print("after close nested")
def thrower():
    t = T("thr")
    try:
        yield 1
    except ValueError:
        print("caught in gen")
        yield 2
th = thrower()
next(th)
print(th.throw(ValueError))
del th
print("end")
