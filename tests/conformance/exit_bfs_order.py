# At exit __main__'s namespace is collected as cyclic garbage (its functions
# and classes refer to it): the exit collection reached it through sys.modules
# breadth-first, so the objects named directly in the module are finalized
# first (a0, a1), then what containers hold: a list's items last to first
# (list_traverse visits backwards), a dict's in order.
class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

a0 = C("a0")
l = [C("l0"), C("l1")]
t = (C("t0"), C("t1"))
d = {1: C("d0"), 2: C("d1")}
class H:
    pass
h = H()
h.inner = [C("h0"), C("h1")]
a1 = C("a1")
print("end of script")
