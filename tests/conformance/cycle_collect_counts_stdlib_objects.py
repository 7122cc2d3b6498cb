# gc.collect() counts for generators held by instance cycles, frames with
# f_locals, exceptions with function attributes, slotted objects with
# weakrefs, OrderedDict and namedtuple instances in cycles, classes with
# properties, wraps-decorated functions, iterators and dict views in cycles,
# module objects, SimpleNamespace.
import gc, sys, functools, weakref, collections
gc.collect()
def show(label): print(label, gc.collect())
def gen():
    x = yield
g = gen(); next(g); g.send  # bound
class H: pass
h = H(); h.g = g; g2 = g
h.me = h; del g, g2, h
show("gen held by instance cycle")
def gen2(box):
    yield box
box = []
gg = gen2(box); next(gg); box.append(gg); del gg, box
show("gen in own box")
def fr():
    f = sys._getframe()
    return f
f = fr(); f.f_locals; del f
show("frame with f_locals")
try:
    raise KeyError(1)
except KeyError as e:
    err = e
def keep(): return err
err.fn = keep
del err, keep
show("exception with function attr")
class Slots:
    __slots__ = ("a", "__weakref__")
s = Slots(); s.a = s; r = weakref.ref(s); del s
show("slots weakref")
del r
od = collections.OrderedDict(); od["x"] = od; del od
show("ordereddict self")
Pt = collections.namedtuple("Pt", "x y")
pt = Pt([], 2); pt.x.append(pt); del pt
show("namedtuple inst")
class WithProp:
    @property
    def p(self): return 1
del WithProp
show("class with property")
def deco(fn):
    @functools.wraps(fn)
    def w(*a): return fn(*a)
    return w
@deco
def target(): pass
target.me = target
del target
show("wraps decorated self")
lst = [1, 2]
it = iter(lst); lst.append(it); del lst, it
show("list iterator cycle")
d = {}; ks = d.keys(); d["k"] = ks; del d, ks
show("dict keys view cycle")

class Holder:
    def __init__(self): self.m = self.method
    def method(self): pass
Holder(); show("holder bound method")
sm = staticmethod(lambda: sm); del sm
show("staticmethod lambda")
cm = classmethod(lambda c: 1); cm.__dict__ if hasattr(cm, "__dict__") else None
prop = property(lambda s: prop); del prop
show("property lambda")
ns = type(sys)("mymod"); ns.me = ns; del ns
show("module self")
sn = __import__("types").SimpleNamespace(); sn.me = sn; del sn
show("simplenamespace")
st = set(); fz = frozenset([1]); c = H(); c.s = st; st.add(c) if False else None
x = [[]]; x[0].append(x); del x
show("nested lists")
