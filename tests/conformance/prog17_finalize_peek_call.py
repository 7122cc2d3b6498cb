import weakref, gc

class T:
    pass

def cb(*args, **kw):
    print("cb", args, sorted(kw.items()))
    return "ret"

t = T()
f = weakref.finalize(t, cb, 1, 2, k="v")
obj, func, args, kw = f.peek()
print(obj is t, func is cb, args, kw)
print(f())
print(f(), f.alive, f.peek(), f.detach())
t2 = T()
f2 = weakref.finalize(t2, cb, "two")
print(f2.detach()[2])
del t2
print("f2 alive", f2.alive)
t3 = T()
t3.me = t3
f3 = weakref.finalize(t3, cb, "three")
print("before gc")
del t3
gc.collect()
print("after gc", f3.alive)
