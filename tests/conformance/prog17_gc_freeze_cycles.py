import gc

class A:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self):
        print("A del", self.n)

gc.collect()
a = A(1)
gc.freeze()
del a
print("collect frozen", gc.collect())
print("still alive? no print above")
print("unfreezing")
gc.unfreeze()
gc.collect()
print("collected")
b = A(2)
gc.freeze()
gc.unfreeze()
del b
gc.collect()
print("end")
