# functools objects release what they hold in CPython's order: partial_clear
# drops fn, args (last to first), keywords, then the instance dict; the C
# reduce leaves the iterable to its caller and replaces its two-item args
# tuple in place, so the running value dies as soon as the next one
# replaces it and the items die with the list after reduce returns.
import functools, gc, weakref
class C:
    def __init__(self, n): self.n = n
    def __repr__(self): return self.n
    def __del__(self): print("del", self.n)
    def __call__(self, *a, **k): return None
print("-- partial")
p = functools.partial(C("fn"), C("a1"), C("a2"), k=C("kw"))
p.attr = C("dict")
del p
print("-- partial of partial")
p = functools.partial(functools.partial(C("inner"), C("x")), C("y"))
del p
print("-- lru_cache entries")
@functools.lru_cache(maxsize=3)
def f(x):
    return C("r" + x.n)
for n in ("k1", "k2", "k3", "k4"):
    f(C(n))
print("cleared:")
f.cache_clear()
print("-- wraps")
def deco(fn):
    @functools.wraps(fn)
    def w(*a):
        return fn(*a)
    return w
@deco
def g(): pass
g.extra = C("extra")
del g
gc.collect()
print("-- cached_property")
class K:
    @functools.cached_property
    def val(self):
        return C("cached")
    def __del__(self): print("del K")
k = K(); k.val
del k
print("-- reduce")
print(functools.reduce(lambda a, b: C(a.n + b.n), [C("u"), C("v"), C("w")]).n)
print("end")
print(functools.reduce(lambda a, b: C(a.n + b.n), [C("u"), C("v"), C("w")]).n)
print(functools.reduce(lambda a, b: C(a.n + b.n), [C("x")], C("init")).n)
print(functools.reduce(operator.add, range(5)), functools.reduce(operator.mul, [], 1), functools.reduce)
for bad in (lambda: functools.reduce(max, []), lambda: functools.reduce(max, 5), lambda: functools.reduce(max), lambda: functools.reduce(max, [], 1, 2), lambda: functools.reduce(max, [1], initial=2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def gen():
    yield 1
    raise ValueError("mid")
try:
    functools.reduce(operator.add, gen())
except ValueError as e:
    print("ValueError:", e)
print("end")
