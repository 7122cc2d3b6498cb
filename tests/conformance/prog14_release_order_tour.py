class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

print("list:")
l = [D(1), D(2), D(3)]
del l
print("tuple:")
t = (D(1), D(2), D(3))
del t
print("dict:")
d = {D("k1"): D("v1"), D("k2"): D("v2")}
del d
print("set (hash order):")
s = {D(i) for i in range(1)}
del s
print("instance attrs:")
class Holder:
    pass
h = Holder(); h.b = D("b"); h.a = D("a"); h.c = D("c")
del h
print("slots:")
class S:
    __slots__ = ("x", "y", "__dict__")
s = S(); s.extra = D("extra"); s.y = D("y"); s.x = D("x")
del s
print("nested:")
n = [D("outer"), [D("inner1"), D("inner2")], (D("tup"),)]
del n
print("frame locals:")
def f():
    b = D("local-b")
    a = D("local-a")
    def g(): return a
    return None
f()
print("args:")
def h2(p, q):
    r = D("r")
    return None
h2(D("p"), D("q"))
print("dict update replace:")
d = {"k": D("old")}
d["k"] = D("new")
print("after replace")
d.clear()
print("slice assign:")
l = [D(i) for i in range(4)]
l[1:3] = [D("x")]
print("after slice")
l.sort(key=lambda o: str(o.n))
del l
print("end")
