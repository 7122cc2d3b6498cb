import weakref, gc

class T:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"T({self.n})"

def bad_cb(r):
    print("bad_cb called, dead:", r() is None)
    raise RuntimeError("callback failed")

t = T(1)
r = weakref.ref(t, bad_cb)
del t
print("after del t")

def cb_new_ref(r):
    print("cb_new_ref creating weakref to survivor")
    global extra
    extra = weakref.ref(survivor, lambda rr: print("extra cb"))

survivor = T(2)
t = T(3)
r2 = weakref.ref(t, cb_new_ref)
del t
print("extra alive:", extra() is survivor)

def cb_collect(r):
    print("cb_collect ->", gc.collect() >= 0)

class C:
    pass
c = C(); c.self = c
r3 = weakref.ref(c, cb_collect)
del c
print("collect outer:", gc.collect())

objs = [T(i) for i in range(3)]
rs = [weakref.ref(o, lambda rr, i=i: print("cb", i)) for o in objs]
del objs
print("list gone")

class Raise2:
    pass
x = Raise2()
p = weakref.proxy(x, bad_cb)
del x
try:
    p.foo
except ReferenceError as e:
    print("ReferenceError:", e)
survivor = None
print("end")
