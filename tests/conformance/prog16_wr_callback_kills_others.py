import weakref, gc
class O:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"O{self.n}"
o = O(1)
refs = {}
def cb_a(r):
    print("cb_a: deleting ref b")
    refs.pop("b", None)
def cb_b(r):
    print("cb_b")
def cb_c(r):
    print("cb_c: new ref to other", weakref.ref(other)() is other)
other = O(2)
refs["c"] = weakref.ref(o, cb_c)
refs["b"] = weakref.ref(o, cb_b)
refs["a"] = weakref.ref(o, cb_a)
del o
print(sorted(refs))
x = O(3)
def cb_raise(r):
    raise RuntimeError("inside callback")
r1 = weakref.ref(x, cb_raise)
r2 = weakref.ref(x, lambda r: print("second callback still runs"))
del x
print("after raising callback")
y = O(4)
p = weakref.proxy(y, lambda pr: print("proxy cb", type(pr).__name__))
del y
print("end")
