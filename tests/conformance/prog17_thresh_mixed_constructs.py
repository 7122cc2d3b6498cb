import gc

class Probe:
    __slots__ = ("i", "me", "__weakref__")
    def __init__(self, i):
        self.i = i
        self.me = self
    def __del__(self):
        print("  Probe del", self.i)

class Box:
    def __init__(self, v):
        self.v = v
    @property
    def double(self):
        return self.v * 2
    def __repr__(self):
        return f"Box({self.v})"

def gen(n):
    for k in range(n):
        try:
            yield k
        except ValueError:
            pass

def work(i):
    p = Probe(i)
    items = [Box(j) for j in range(3)]
    total = sum(b.double for b in items)
    d = {str(b): b.v for b in items}
    s = sorted(items, key=lambda b: -b.v)
    text = "%s-%d" % (s[0], total) + "{}".format(len(d))
    g = gen(3)
    next(g)
    g.throw(ValueError)
    del g
    try:
        int("x")
    except ValueError as e:
        msg = str(e)
    return text, isinstance(p, Probe)

gc.collect()
gc.set_threshold(25, 10, 10)
for i in range(6):
    print("iter", i, work(i))
gc.collect()
gc.set_threshold(700, 10, 10)
print("end")
