import weakref, gc
keep = []
class R:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("del", self.n)
        if self.n < 2:
            keep.append(self)
r = R(1)
w = weakref.ref(r, lambda x: print("callback"))
del r
print("after del: w alive?", w() is not None, len(keep))
r = keep.pop()
print("popped", r.n)
del r
print("second del no __del__:", w())
r2 = R(5)
w2 = weakref.ref(r2, lambda x: print("callback2"))
del r2
print("end", w2())
