import weakref
class KeyedRef(weakref.ref):
    __slots__ = ("key",)
    def __new__(cls, ob, cb, key):
        self = super().__new__(cls, ob, cb)
        self.key = key
        return self
    def __init__(self, ob, cb, key):
        super().__init__(ob, cb)
class O: pass
log = []
o = O()
r = KeyedRef(o, lambda ref: log.append(ref.key), "k1")
print(r.key, r() is o, isinstance(r, weakref.ref), type(r).__name__)
print(weakref.getweakrefcount(o), len(weakref.getweakrefs(o)))
del o
print(log, r())
class Named(weakref.ref):
    pass
o2 = O()
n = Named(o2)
n.label = "x"
print(n.label, n.__callback__)
try:
    weakref.ref.__new__(weakref.ref)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.ref(o2, None, 3)
except TypeError as e:
    print("TypeError", e)
print(weakref.ref(o2, None) is weakref.ref(o2))
print(Named(o2) is n)
