import weakref, gc

class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Obj({self.n})"

log = []
def cb(name):
    def inner(ref):
        print(f"callback {name}, ref dead: {ref() is None}")
    return inner

o = Obj(1)
r1 = weakref.ref(o, cb("r1"))
r2 = weakref.ref(o, cb("r2"))
r3 = weakref.ref(o)
print(r3 is weakref.ref(o), weakref.getweakrefcount(o), len(weakref.getweakrefs(o)))
del o
print("---")
o = Obj(2)
p = weakref.proxy(o, cb("proxy"))
print(p.n, repr(p)[:20] == repr(p)[:20])
del o
try:
    p.n
except ReferenceError as e:
    print("ReferenceError:", e)

o = Obj(3)
fin = weakref.finalize(o, print, "finalize ran for", 3)
print(fin.alive, fin.peek()[0])
del o
print(fin.alive)
o = Obj(4)
f2 = weakref.finalize(o, lambda: print("f2"))
print(f2(), f2.alive)
f2.detach()
a, b = Obj(5), Obj(6)
a.other, b.other = b, a
ra = weakref.ref(a, cb("a")); rb = weakref.ref(b, cb("b"))
del a, b
print("before gc")
gc.collect()
print("end", ra(), rb())
