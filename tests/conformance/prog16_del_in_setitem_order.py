class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, "list now", [x.n if x else None for x in lst])
lst = [D(1), D(2)]
lst[0] = D(3)
print("after setitem")
lst[1:] = [D(4)]
print("after slice assign")
lst *= 0
print("after imul 0")
