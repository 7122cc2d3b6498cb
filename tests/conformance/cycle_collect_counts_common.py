# gc.collect() counts for common cycles: instances, slotted objects, lists, 
# dicts, recursive closures, bound methods, generators, exceptions with 
# tracebacks, frames, classes with metaclasses, partial, trees, weakrefs.
import gc, sys
gc.collect()
def show(label):
    print(label, gc.collect())
class N:
    def __init__(self): self.other = None
a, b = N(), N()
a.other, b.other = b, a
del a, b
show("two instances")
class S:
    __slots__ = ("o",)
x = S(); x.o = x; del x
show("slotted self")
l = []; l.append(l); del l
show("list self")
d = {}; d["d"] = d; del d
show("dict self")
def mk():
    def f(): return f
    return f
f = mk(); del f
show("recursive closure")
class M:
    def go(self): pass
m = M(); m.bm = m.go; del m
show("bound method cycle")
def gen():
    yield 1
g = gen(); next(g)
l = [g]; l.append(l); del g, l
show("gen in list cycle")
try:
    raise ValueError("x")
except ValueError as e:
    saved = e
saved.me = saved
del saved
show("exception with tb self cycle")
def frame_cycle():
    fr = sys._getframe()
    return 1
frame_cycle()
show("frame self")
class Meta(type): pass
class WithMeta(metaclass=Meta): pass
del WithMeta
show("class with meta")
ns = {}
exec("def q(): pass", ns)
del ns
show("exec ns")
t = (1, [2]); t[1].append(t); del t
show("tuple list")
s = set(); o = N(); o.other = s; s.add(o) if False else None
import functools
class P:
    pass
p = P(); p.part = functools.partial(print, p); del p
show("partial")
lam = [lambda: lam]; del lam
show("lambda in list")
class Node:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent: parent.children.append(self)
root = Node(); Node(root); Node(root); del root
show("tree")
import weakref
class W: pass
w1 = W(); w1.s = w1; r = weakref.ref(w1, lambda _: None); del w1
show("weakref with cb")
del r
w1 = W(); w1.s = w1; r = weakref.ref(w1); del w1
show("weakref no cb")
dd = {}; dd[1] = [dd]; del dd
show("dict->list->dict")
cell_holder = []
def make():
    v = []
    def inner(): return v
    v.append(inner)
    return None
make()
show("closure cell cycle")
