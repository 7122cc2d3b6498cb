import gc

class N:
    def __init__(self, name): self.name = name; self.refs = []
    def __del__(self):
        print("del", self.name, [r.name for r in self.refs])

a, b, c = N("a"), N("b"), N("c")
a.refs.append(b); b.refs.append(c); c.refs.append(a)
del a, b, c
print("collect", gc.collect())

x = N("x"); y = N("y")
x.refs.append(y); y.refs.append(x)
z = N("z"); z.refs.append(x)
del x, y, z
print("collect", gc.collect())

class Res(N):
    saved = []
    def __del__(self):
        super().__del__()
        Res.saved.append(self)

p = Res("p"); q = N("q")
p.refs.append(q); q.refs.append(p)
del p, q
print("collect", gc.collect())
print("saved", [s.name for s in Res.saved], [r.name for r in Res.saved[0].refs])
Res.saved.clear()
print("collect again", gc.collect())
print("end")
