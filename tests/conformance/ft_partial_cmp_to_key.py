# functools.partial and friends in programs: a partial of a bound method
# keeping its object alive, a self-referencing partial collected as a cycle,
# flattening, partialmethod, argument errors, lru_cache evicting and
# clearing cached objects, cmp_to_key (one KeyWrapper type, no class
# made per call, so no garbage).
import functools, gc, weakref

class Handler:
    def __init__(self, name):
        self.name = name
    def handle(self, event, *, prefix=">"):
        return f"{prefix}{self.name}:{event}"
    def __del__(self):
        print("del handler", self.name)

h = Handler("h1")
bound = functools.partial(h.handle, prefix="#")
print(bound("e1"), bound.func.__self__ is h, bound.keywords)
del h
print("partial keeps handler alive")
del bound
print("--")
callbacks = []
h2 = Handler("h2")
callbacks.append(functools.partial(Handler.handle, h2))
print(callbacks[0]("e2"))
r = weakref.ref(h2)
del h2
print(r() is not None)
callbacks.clear()
print(r() is None)
class Cyclic:
    def __init__(self):
        self.cb = functools.partial(self.on, 1)
    def on(self, x):
        return x
    def __del__(self):
        print("del cyclic")
c = Cyclic()
wr = weakref.ref(c)
del c
print("alive", wr() is not None, "collected", gc.collect(), wr())
p = functools.partial(functools.partial(max, 1), 2, key=None)
print(p.args, p.func, repr(p).startswith("functools.partial(<built-in function max>"))
pm_called = []
class Cell:
    def __init__(self): self.v = None
    def set(self, v): self.v = v
    set_one = functools.partialmethod(set, 1)
c = Cell(); c.set_one(); print(c.v)
try:
    functools.partial()
except TypeError as e:
    print("TypeError", e)
try:
    functools.partial(1)
except TypeError as e:
    print("TypeError", e)
@functools.lru_cache(maxsize=2)
def make(key):
    return Handler(f"cached-{key}")
make(1); make(2); make(1); make(3)
print(make.cache_info())
print("clear")
make.cache_clear()
cmp = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=cmp), cmp(1) < cmp(2), type(cmp(1)).__name__)
print("end")
import functools, gc
k = functools.cmp_to_key(lambda a, b: a - b)
print(type(k).__name__, k(1) < k(2), k(1) == k(1), k(3).obj)
try: k(1) < 5
except TypeError as e: print(e)
try: hash(k(1))
except TypeError as e: print(e)
gc.collect()
for i in range(3): sorted([3, 1], key=functools.cmp_to_key(lambda a, b: a - b))
print(gc.collect(), hasattr(functools, "KeyWrapper"))
