# weakref in programs: a WeakValueDictionary cache, WeakKeyDictionary
# metadata dying with its key, WeakSet observers, WeakMethod (callbacks),
# proxies and ReferenceError, finalize, callbacks of refs to cycles during
# gc.collect(), getweakrefcount/getweakrefs, a weakref.ref subclass.
import weakref, gc

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Obj({self.name})"
    def __del__(self):
        print("del", self.name)
    def method(self):
        return self.name

cache = weakref.WeakValueDictionary()
def get(name):
    try:
        return cache[name]
    except KeyError:
        o = Obj(name)
        cache[name] = o
        return o
a = get("a"); b = get("b"); a2 = get("a")
print(a is a2, sorted(cache.keys()), len(cache))
del a, a2
print(sorted(cache.keys()))
meta = weakref.WeakKeyDictionary()
k1 = Obj("k1")
meta[k1] = {"info": Obj("payload")}
print(len(meta), meta[k1])
del k1
print(len(meta))
observers = weakref.WeakSet()
o1, o2 = Obj("o1"), Obj("o2")
observers.add(o1); observers.add(o2)
print(sorted(o.name for o in observers))
del o1
print(sorted(o.name for o in observers))
wm = weakref.WeakMethod(o2.method)
print(wm()(), wm() == weakref.WeakMethod(o2.method))
def cb(r):
    print("callback", type(r).__name__)
wm2 = weakref.WeakMethod(o2.method, cb)
del o2
print(wm(), wm2())
p = Obj("proxied")
px = weakref.proxy(p, lambda r: print("proxy dead"))
print(px.name, px.method(), repr(px)[:10])
del p
try:
    px.name
except ReferenceError as e:
    print("ReferenceError", e)
f = weakref.finalize(Obj("fin"), print, "finalized")
print(f.alive)
c = Obj("cyc"); c.me = c
r = weakref.ref(c, lambda ref: print("ref callback", ref() is None))
del c
print("collect", gc.collect())
print(weakref.getweakrefcount(b), weakref.getweakrefs(b)[0]() is b if weakref.getweakrefs(b) else None)
class Sub(weakref.ref):
    def __new__(cls, ob, callback=None, extra=None):
        return super().__new__(cls, ob, callback)
    def __init__(self, ob, callback=None, extra=None):
        super().__init__(ob, callback)
        self.extra = extra
s = Sub(b, None, "x")
print(s() is b, s.extra)
del b
print(s(), sorted(cache.keys()))
print("end")
