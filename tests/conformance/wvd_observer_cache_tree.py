# An observable with a WeakSet of observers and WeakMethod callbacks, a 
# WeakValueDictionary cache, weakref.finalize, a tree with weak parent 
# links, a WeakKeyDictionary.
import weakref, gc

class Observable:
    def __init__(self):
        self._observers = weakref.WeakSet()
        self._callbacks = []
    def subscribe(self, obs):
        self._observers.add(obs)
    def on(self, method):
        self._callbacks.append(weakref.WeakMethod(method, lambda r: print("method ref died")))
    def emit(self, msg):
        for o in sorted(self._observers, key=lambda o: o.name):
            o.notify(msg)
        for r in self._callbacks:
            m = r()
            if m is not None:
                m(msg)

class Observer:
    def __init__(self, name): self.name = name
    def notify(self, msg): print(self.name, "got", msg)
    def handler(self, msg): print(self.name, "handled", msg)
    def __del__(self): print("del observer", self.name)

subj = Observable()
o1, o2 = Observer("o1"), Observer("o2")
subj.subscribe(o1); subj.subscribe(o2)
subj.on(o1.handler)
subj.emit("hello")
del o1
print("o1 deleted")
subj.emit("again")
print(len(subj._observers))

class Cache:
    def __init__(self):
        self._data = weakref.WeakValueDictionary()
    def get(self, key, factory):
        v = self._data.get(key)
        if v is None:
            v = factory(key)
            self._data[key] = v
            print("created", key)
        return v

class Image:
    def __init__(self, name): self.name = name
    def __del__(self): print("del image", self.name)

c = Cache()
a = c.get("a", Image)
a2 = c.get("a", Image)
print(a is a2)
del a, a2
print("list:", list(c._data.keys()))
b = c.get("b", Image)
fin = weakref.finalize(b, print, "finalize b")
print(fin.alive, fin.atexit)
del b
print(fin.alive)

class Parent:
    def __init__(self, name):
        self.name = name
        self.children = []
    def add(self, child):
        self.children.append(child)
        child._parent = weakref.ref(self)
    def __del__(self): print("del parent", self.name)
class Child:
    def __init__(self, name): self.name = name
    @property
    def parent(self):
        return self._parent() if self._parent else None
    def __del__(self): print("del child", self.name)
p = Parent("P")
for n in "xyz":
    p.add(Child(n))
kid = p.children[1]
print(kid.parent.name)
del p
print("parent gone?", kid.parent)
del kid
print("end")
wk = weakref.WeakKeyDictionary()
k1 = Observer("k1")
wk[k1] = "meta"
print(dict((k.name, v) for k, v in wk.items()))
del k1
print(len(wk))
r = weakref.ref(Observer("temp"), lambda ref: print("callback, ref dead:", ref() is None))
print("r is", r() )
