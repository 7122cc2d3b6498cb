import gc

class C:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self):
        print("del", self.n, "inner collect ->", gc.collect())

gc.collect()
C(1); C(2)
gc.collect()
print("outer collect done")
class Plain:
    def __del__(self):
        print("plain del; collect ->", gc.collect() >= 0)
p = Plain()
del p
print("end")
