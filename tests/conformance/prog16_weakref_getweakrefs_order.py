import weakref
class O: pass
o = O()
r1 = weakref.ref(o)
r2 = weakref.ref(o, lambda r: None)
p1 = weakref.proxy(o)
r3 = weakref.ref(o, lambda r: None)
refs = weakref.getweakrefs(o)
print(len(refs), weakref.getweakrefcount(o))
print([type(r).__name__ for r in refs])
print(refs[0] is r1, weakref.getweakrefcount(1), weakref.getweakrefs(1))
del r2
print(weakref.getweakrefcount(o))
