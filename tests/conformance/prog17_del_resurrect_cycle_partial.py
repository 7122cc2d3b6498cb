import gc

keep = None

class A:
    def __del__(self):
        global keep
        print("A del, partner is", type(self.partner).__name__)
        keep = self

class B:
    def __del__(self):
        print("B del")

a = A(); b = B()
a.partner = b; b.partner = a
del a, b
n = gc.collect()
print("collected", n)
print("keep partner alive:", type(keep.partner).__name__)
keep = None
print("dropped keep")
gc.collect()
print("end")
