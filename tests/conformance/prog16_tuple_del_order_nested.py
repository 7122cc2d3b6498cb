class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
t = (D(1), (D(2), D(3)), [D(4), (D(5),)], D(6))
del t
print("frozen")
fs = frozenset([1, 2])
x = {"a": (D(7), D(8)), "b": [D(9)]}
x.clear()
print("end")
