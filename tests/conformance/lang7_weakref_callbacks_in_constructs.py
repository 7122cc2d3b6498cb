# Weak reference callbacks firing inside language constructs: a comprehension's
# temporaries, a with block, a generator closed on deletion, a finally during
# return, an except handler deleting the object, the weak containers, a cycle
# collected by gc.collect(), and weakref.finalize's state.
# CPython: Objects/weakrefobject.c handle_callback, Modules/gcmodule.c.
import weakref, gc
class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Obj({self.n})"
log = []
def cb(tag):
    return lambda r: print("cb", tag)
refs = [weakref.ref(Obj(i), cb(i)) for i in range(3)]
print("after comprehension", [r() for r in refs])
class CM:
    def __enter__(self):
        self.o = Obj("with"); self.r = weakref.ref(self.o, cb("with")); return self.o
    def __exit__(self, *a):
        print("exit"); del self.o
with CM() as o:
    print("inside", o)
    del o
print("after with")
def gen():
    o = Obj("gen")
    r = weakref.ref(o, cb("gen"))
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen(); next(g)
del g
print("after gen del")
def fin():
    o = Obj("fin")
    r = weakref.ref(o, cb("fin"))
    try:
        return r
    finally:
        print("in finally", r() is not None)
r = fin(); print("returned", r())
try:
    o = Obj("exc")
    wr = weakref.ref(o, cb("exc"))
    raise ValueError(o)
except ValueError as e:
    del o
    print("handler", e.args[0])
print("after except")
d = weakref.WeakValueDictionary()
for i in range(3):
    d[i] = Obj(i)
print("wvd", list(d.keys()))
k = Obj("key"); wkd = weakref.WeakKeyDictionary({k: 1}); del k; print("wkd", len(wkd))
ws = weakref.WeakSet([Obj(1)]); print("ws", len(ws))
class Cyc:
    def __init__(self): self.me = self; self.o = Obj("cyc")
c = Cyc(); wc = weakref.ref(c.o, cb("cyc")); del c
print("before collect"); gc.collect(); print("after collect")
fz = weakref.finalize(Obj("fin2"), print, "finalized")
print(fz.alive)
