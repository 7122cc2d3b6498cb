import weakref, gc

class T:
    pass

def cb(ref):
    print("cb called, dead:", ref() is None)
    raise RuntimeError("cb boom")

def cb2(ref):
    print("cb2 called")

t = T()
r1 = weakref.ref(t, cb)
r2 = weakref.ref(t, cb2)
del t
print("continued")
u = T(); u.me = u
r3 = weakref.ref(u, cb)
del u
gc.collect()
print("end")
