import gc, functools, collections, dataclasses

Pair = collections.namedtuple("Pair", "a b")

@dataclasses.dataclass
class Rec:
    x: int
    tags: list

class Probe:
    def __init__(self, i):
        self.i = i
        self.me = self
    def __del__(self):
        print("  Probe del", self.i)

class Base:
    def val(self):
        return 1
class Kid(Base):
    def val(self):
        return super().val() + 1

def step(i):
    Probe(i)
    p = Pair(i, i + 1)
    r = Rec(i, [p])
    f = functools.partial(max, i)
    z = list(zip(range(3), "abc"))
    e = list(enumerate({i, i + 1}))
    k = Kid().val()
    return f(p.b), len(z) + len(e) + k, dataclasses.astuple(r)[0]

gc.collect()
gc.set_threshold(15, 10, 10)
for i in range(6):
    print("iter", i, step(i))
gc.collect()
gc.set_threshold(700, 10, 10)
print("end")
