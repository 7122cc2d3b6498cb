# Weakref callbacks: newest first at one death, in a collected cycle, a raising
# callback, a callback keeping its ref, a ref dying before its referent.
import weakref, gc

class N:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)

def make_cb(tag):
    def cb(ref):
        print("cb", tag, ref() is None)
    return cb

n = N("n")
refs = [weakref.ref(n, make_cb(i)) for i in range(4)]
del n
print("---")
a = N("a"); b = N("b")
a.b = b; b.a = a
ra = weakref.ref(a, make_cb("a"))
rb = weakref.ref(b, make_cb("b"))
del a, b
print("collect", gc.collect())
print("--- callback raises")
c = N("c")
rc = weakref.ref(c, lambda r: 1 / 0)
rc2 = weakref.ref(c, make_cb("c2"))
del c
print("after c")
print("--- callback revives via closure")
keeper = []
d = N("d")
def grab(ref):
    keeper.append(ref)
    print("grabbed", ref())
rd = weakref.ref(d, grab)
del d, rd
print(len(keeper), keeper[0]() if keeper else None)
print("--- ref dies before referent: no callback")
e = N("e")
re_ = weakref.ref(e, make_cb("e"))
del re_
del e
print("--- container of refs in cycle")
class Holder:
    pass
h = Holder()
h.obj = N("held")
h.ref = weakref.ref(h.obj, make_cb("held"))
h.self = h
del h
print("collect", gc.collect())
