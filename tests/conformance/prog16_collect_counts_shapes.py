import gc
gc.collect()
gc.disable()
def count(label, make):
    make()
    print(label, gc.collect())
class C: pass
class S:
    __slots__ = ("a", "__weakref__")
def self_loop():
    c = C(); c.me = c
def pair_with_dict():
    a = C(); b = C(); a.b = b; b.a = a; a.__dict__
def list_loop():
    l = []; l.append(l)
def dict_loop():
    d = {}; d["d"] = d
def tuple_list():
    l = []; t = (l,); l.append(t)
def slots_loop():
    s = S(); s.a = s
def func_loop():
    def f(): return f
    return None
def bound_method_loop():
    class M:
        def m(self): pass
    x = M(); x.bm = x.m
def class_alone():
    class K: pass
def gen_loop():
    def g():
        yield 1
    it = g(); it_holder = [it]; it_holder.append(it_holder)
def frame_loop():
    import sys
    f = sys._getframe()
def exc_loop():
    try:
        raise ValueError
    except ValueError as e:
        x = e
def set_of_frozen():
    s = C(); s.f = frozenset([1]); s.me = s
def lambda_default():
    d = {}
    d["f"] = lambda d=d: d
for name, fn in list(globals().items()):
    if callable(fn) and name not in ("count", "C", "S") and not isinstance(fn, type):
        count(name, fn)
gc.enable()
