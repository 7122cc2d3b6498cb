# A session generator kept in a cycle with its connection is finalized by 
# gc.collect(); breaking out of a for loop and rebinding close generators at 
# once; a generator holding its own frame.
import gc
gc.collect()
class Conn:
    def __init__(self, n): self.n = n
    def __del__(self): print("del conn", self.n)
def session(conn):
    try:
        while True:
            cmd = yield
            print("cmd", cmd, "on", conn.n)
    finally:
        print("session closing", conn.n)
c = Conn(1)
s = session(c)
next(s)
s.send("ping")
c.session = s
del c, s
print("collected", gc.collect())
def lines():
    try:
        yield "a"
        yield "b"
    finally:
        print("lines finally")
for l in lines():
    print(l)
    break
print("after break")
g = lines()
print(next(g))
g = None
print("rebound")
def outer():
    inner = lines()
    yield next(inner)
    yield "outer2"
o = outer(); next(o); del o
print("outer gone")
def gen_frame_cycle():
    import sys
    f = sys._getframe()
    yield f
gf = gen_frame_cycle()
fr = next(gf)
del gf, fr
print("gen-frame cycle", gc.collect())
def genexp_owner():
    data = [Conn(10), Conn(11)]
    return (d.n for d in data)
ge = genexp_owner()
print(next(ge))
del ge
print("genexp dropped")
