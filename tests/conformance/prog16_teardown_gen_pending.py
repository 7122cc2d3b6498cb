class T:
    def __init__(self, n): self.n = n
    def __del__(self): print("T del", self.n)
def gen(n):
    t = T(n)
    try:
        yield 1
        yield 2
    finally:
        print("gen finally", n)
g1 = gen(1); next(g1)
g2 = gen(2); next(g2)
g2_alias = g2
def loopgen():
    me = yield
    try:
        yield
    finally:
        print("loopgen finally")
lg = loopgen(); next(lg); lg.send(lg)
print("main done")
