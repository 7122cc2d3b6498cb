import gc
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)

print("list:")
l = [D(1), D(2), D(3)]
del l
print("tuple:")
t = (D(1), D(2), D(3))
del t
print("dict:")
d = {"a": D("a"), "b": D("b"), "c": D("c")}
del d
print("set-like (dict keys via sorted)")
print("nested:")
n = [D("outer"), [D("inner1"), D("inner2")], D("last")]
del n
print("instance attrs:")
class Holder:
    def __init__(self):
        self.x = D("x"); self.y = D("y"); self.z = D("z")
    def __del__(self): print("del holder")
h = Holder()
del h
print("reassign:")
v = D("v1")
v = D("v2")
print("swap:")
a, b = D("a"), D("b")
a, b = b, a
del a
print("after del a")
print("chain:")
x = D("x0")
for i in range(1, 4):
    nxt = D(f"x{i}"); nxt.prev = x; x = nxt
del nxt
x = None
print("cycle trio:")
p, q, r = D("p"), D("q"), D("r")
p.o, q.o, r.o = q, r, p
del p, q, r
gc.collect()
print("dict clear:")
dd = {i: D(f"k{i}") for i in range(3)}
dd.clear()
print("list slice del:")
ll = [D(i) for i in range(5)]
del ll[1:3]
ll[0] = None
ll.pop()
print("end")
