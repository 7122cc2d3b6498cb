import weakref

class O:
    pass

o = O()
r1 = weakref.ref(o)
r2 = weakref.ref(o)
print(r1 is r2, weakref.getweakrefcount(o))
cb = lambda r: print("cb")
r3 = weakref.ref(o, cb)
print(r3 is r1, weakref.getweakrefcount(o))
p1 = weakref.proxy(o)
p2 = weakref.proxy(o)
print(p1 is p2, weakref.getweakrefcount(o))
refs = weakref.getweakrefs(o)
print([type(r).__name__ for r in refs])
del refs
del r1, r2
print(weakref.getweakrefcount(o))
del o
print(r3(), weakref.getweakrefcount(object()))
