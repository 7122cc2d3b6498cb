# Class statements deriving from WeakSet, WeakValueDictionary,
# WeakKeyDictionary and finalize (Python classes in CPython): instances
# are containers and carry their own attributes; a subclass's __init__ may
# call the base's; __init__ called again starts from an empty container;
# entries leave when their objects die; finalize subclasses are weakly
# referenceable (finalize itself has __slots__ = ()), run their callback
# once, and die with it.
import gc
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(%s)" % self.name

class Tags(weakref.WeakSet):
    def __init__(self, items=(), label="?"):
        super().__init__(items)
        self.label = label

class Slotted(weakref.WeakSet):
    __slots__ = ("x", "y")

class Cache(weakref.WeakValueDictionary):
    def lookup(self, key):
        return self.get(key, "missing")

class Meta(weakref.WeakKeyDictionary):
    pass

a, b, c = Obj("a"), Obj("b"), Obj("c")
t = Tags([a, b], label="first")
print(type(t).__name__, len(t), a in t, c in t, t.label)
print(isinstance(t, weakref.WeakSet), issubclass(Tags, weakref.WeakSet))
s = Slotted([a])
s.x = 1
print(len(s), s.x, hasattr(s, "y"))
cache = Cache({"a": a}, b=b)
print(sorted(cache.keys()), cache.lookup("a"), cache.lookup("zz"))
meta = Meta({a: 1, c: 3})
print(sorted(v for v in meta.values()))

wt = weakref.ref(t)
print(wt() is t)

# __init__ again empties the container first.
t.__init__([c])
print(sorted(o.name for o in t))
plain = weakref.WeakSet([a, b])
plain.__init__([c])
print(sorted(o.name for o in plain))
try:
    plain.__init__([a], 2)
except TypeError as e:
    print("TypeError:", e)

del c
print(len(t), len(plain), sorted(v for v in meta.values()))
del a
print(len(s), sorted(cache.keys()), len(meta))

class Fin(weakref.finalize):
    pass

def goodbye(name):
    print("goodbye", name)

d = Obj("d")
f = Fin(d, goodbye, "d")
wf = weakref.ref(f)
print(type(f).__name__, f.alive, wf() is f)
try:
    weakref.ref(weakref.finalize(d, goodbye, "plain"))
except TypeError as e:
    print("TypeError:", e)
del f
print(wf() is not None)
del d
gc.collect()
print(wf())

del t
print(wt())
