import gc

class C:
    def m(self):
        pass

c = C()
c.x = [1]
bm = c.m
print([type(r).__name__ for r in gc.get_referents(bm)])
def outer():
    v = [2]
    def inner():
        return v
    return inner
f = outer()
cell = f.__closure__[0]
print([type(r).__name__ for r in gc.get_referents(cell)])
print(sorted(type(r).__name__ for r in gc.get_referents((c, [3], "s", 4))))
print(sorted(type(r).__name__ for r in gc.get_referents({"k": c, 1: [5]})))
print(sorted(type(r).__name__ for r in gc.get_referents(c)))
print(gc.get_referents(1, "s", None))
def gen():
    local = C()
    yield local
g = gen(); next(g)
print("gen referents include frame:", any(type(r).__name__ == "frame" for r in gc.get_referents(g)) )
lst = [c, c]
print([type(r).__name__ for r in gc.get_referrers(c) if type(r).__name__ in ("list", "method")])
