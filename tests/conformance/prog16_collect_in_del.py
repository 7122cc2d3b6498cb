import gc
class G:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("G del", self.n, "inner collect ->", gc.collect())
a = G(1); a.me = a
b = G(2); b.me = b
del a, b
print("outer", gc.collect())
class Q:
    def __del__(self):
        x = []; x.append(x)
        print("Q del made a cycle")
q = Q(); q.me = q
del q
print("collect 2", gc.collect())
print("collect 3", gc.collect())
