import contextlib, gc

class Conn:
    def __init__(self, n): self.n = n; print("open", n)
    def __del__(self): print("del conn", self.n)

@contextlib.contextmanager
def connect(n):
    c = Conn(n)
    try:
        yield c
    finally:
        print("closing", n)

with connect(1) as c:
    print("using", c.n)
print("after with; c still bound")
del c
print("---")
cm = connect(2)
c2 = cm.__enter__()
del cm
print("cm dropped while entered")
del c2
print("---")
def leaky_gen():
    with connect(3) as c:
        yield c.n
        yield c.n + 1
g = leaky_gen()
print(next(g))
g = None
print("---")
def stream():
    with connect(4):
        for i in range(10):
            yield i
print([x for x in stream() if x < 3][:2])
s = stream()
for x in s:
    if x == 1:
        break
print("broke out; generator still suspended")
del s
print("end")
