import gc
gc.disable()
gc.collect()

class Node:
    def __init__(self, v):
        self.v = v
        self.next = None

class Slotted:
    __slots__ = ("other", "__weakref__")

def make_ring(n):
    nodes = [Node(i) for i in range(n)]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.next = b
    return nodes[0]

make_ring(4)
print("ring of 4:", gc.collect())
a = Slotted(); b = Slotted(); a.other = b; b.other = a
del a, b
print("slotted pair:", gc.collect())
l = []; l.append(l)
del l
print("self list:", gc.collect())
d = {}; d["self"] = d
del d
print("self dict:", gc.collect())
def outer():
    def inner():
        return inner
    return inner
outer()
print("recursive closure:", gc.collect())
class Temp:
    pass
del Temp
print("class:", gc.collect())
try:
    raise ValueError("x")
except ValueError as e:
    saved = e
saved.tb = saved.__traceback__
del saved
print("exception cycle:", gc.collect())
def gen():
    me = yield
    yield
g = gen(); next(g); g.send(g)
del g
print("generator self cycle:", gc.collect())
x = Node(1); x.d = {"x": x, "lst": [x, (x,)]}
del x
print("node dict list tuple:", gc.collect())
import weakref
y = Node(2); y.w = weakref.ref(y, lambda r: None); y.me = y
del y
print("with weakref cb:", gc.collect())
z = Node(3); z.m = z.__init__
del z
print("bound method cycle:", gc.collect())
lam = lambda: lam
f = lam; del lam
print("lambda global (no cycle):", gc.collect())
s = set(); n = Node(4); n.s = s; s.add(n)
del s, n
print("set cycle:", gc.collect())
print(gc.get_stats()[2]["collections"] > 0)
