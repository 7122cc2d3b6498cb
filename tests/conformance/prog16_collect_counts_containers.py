import gc
from collections import deque, OrderedDict, defaultdict, namedtuple
gc.collect()
gc.disable()
def show(label, fn):
    fn()
    print(label, gc.collect())
class C: pass
def deque_loop():
    q = deque(); q.append(q)
def od_loop():
    o = OrderedDict(); o["x"] = o
def dd_loop():
    d = defaultdict(list); d["x"].append(d)
def dd_factory_loop():
    d = defaultdict(); d.default_factory = lambda: d
P = namedtuple("P", "x y")
def nt_loop():
    l = []; p = P(l, 1); l.append(p)
def set_frozen():
    c = C(); s = {frozenset([c])}; c.s = s
def partial_loop():
    import functools
    c = C(); c.p = functools.partial(print, c)
def property_loop():
    class K:
        @property
        def x(self): return 1
def iter_loop():
    l = []; it = iter(l); l.append(it)
def enumerate_loop():
    l = []; e = enumerate(l); l.append(e)
def zip_map_loop():
    l = []; z = zip(l, l); m = map(len, l); l.append(z); l.append(m)
def slice_loop():
    l = []; l.append(slice(l))
def super_loop():
    class A:
        def f(self): self.s = super()
    A().f()
for name, fn in list(globals().items()):
    if name.endswith("_loop") or name.endswith("_frozen"):
        show(name, fn)
gc.enable()
