class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
d = {i: D(i) for i in range(5)}
print("popitem"); d.popitem()
print("pop"); d.pop(0)
print("overwrite"); d[1] = D(10)
print("update"); d.update({2: D(20), 3: D(30)})
print("setdefault"); d.setdefault(9, D(99))
print("clear"); d.clear()
print("fromkeys")
d = dict.fromkeys("abc", D(7))
del d
print("comprehension rebuild")
d = {i: D(i) for i in range(3)}
d = {k: v for k, v in d.items() if k != 1}
print("del dict")
del d
print("keys die")
class K(D):
    def __hash__(self): return self.n
d = {K(1): "a", K(2): "b"}
del d
print("set")
s = {K(3), K(4)}
s.discard(K(3))
print("set del")
del s
print("end")
