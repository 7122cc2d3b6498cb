# copy.deepcopy of weak dictionaries (Lib/weakref.py's __deepcopy__): a
# WeakKeyDictionary's values and a WeakValueDictionary's keys are deep-copied
# through copy.deepcopy(x, memo) (a key's own __deepcopy__ runs), the weak side
# is shared; a subclass gets an instance of its own class filled through its
# __setitem__; the copies' entries still leave with their referents.
import weakref, copy, gc
class O: pass
o = O()
class WV(weakref.WeakValueDictionary):
    def __setitem__(self, k, v):
        print("set", k); super().__setitem__(k, v)
class WK(weakref.WeakKeyDictionary):
    def __setitem__(self, k, v):
        print("wk set"); super().__setitem__(k, v)
v = WV(a=o)
d = copy.deepcopy(v)
print(type(d).__name__, len(d))
k = WK({o: [1]})
e = copy.deepcopy(k)
print(type(e).__name__, len(e))
print(type(copy.copy(v)).__name__, type(copy.copy(k)).__name__)
class O: pass
o = O()
k = weakref.WeakKeyDictionary({o: [1]})
e = copy.deepcopy(k)
print(e[o] is k[o], e[o] == k[o])
class K:
    def __deepcopy__(self, memo):
        print("deepcopy K"); return K()
kk = K()
v = weakref.WeakValueDictionary({kk: o})
d = copy.deepcopy(v)
print(len(d), list(d)[0] is kk)
class Payload:
    def __init__(self, n): self.n = n
    def __deepcopy__(self, memo):
        print("deepcopy Payload", self.n); return Payload(self.n + 100)
    def __del__(self): print("del Payload", self.n)
owner = O()
src = weakref.WeakKeyDictionary({owner: Payload(1)})
dup = copy.deepcopy(src)
print(dup[owner].n, src[owner].n)
del owner
print(len(src), len(dup))
