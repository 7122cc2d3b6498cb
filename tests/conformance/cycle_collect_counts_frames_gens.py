# gc.collect() counts for generators in cycles (started or not, gi_frame 
# read), frames that reference themselves, exceptions and sys.exc_info() 
# stored in locals, and a dict holding its own items view.
import gc, sys
gc.collect()
def show(label): print(label, gc.collect())
def gen(box):
    yield box
b = []; g = gen(b); b.append(g); del b, g
show("unstarted gen cycle")
b = []; g = gen(b); next(g); b.append(g); del b, g
show("started gen cycle")
b = []; g = gen(b); next(g); g.gi_frame; b.append(g); del b, g
show("gen cycle with gi_frame read")
b = []; g = gen(b); next(g); g.gi_frame.f_locals; b.append(g); del b, g
show("gen cycle with f_locals read")
b = []; g = (x for x in [b]); b.append(g); del b, g
show("genexp cycle")
def f():
    fr = sys._getframe()
    x = [1]
    return None
f()
show("frame self-cycle")
def f2():
    fr = sys._getframe()
    fr.f_locals
f2()
show("frame self-cycle with f_locals")
def thrower():
    try:
        raise ValueError
    except ValueError as e:
        err = e
thrower()
show("exception stored in local")
def thrower2():
    try:
        raise ValueError("x")
    except ValueError:
        info = sys.exc_info()
thrower2()
show("exc_info stored in local")
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
i = It(); i.me = i; del i
show("iterator instance")
d = {}
d["view"] = d.items()
del d
show("dict with own items view")
def outer():
    def inner(): return inner
    return inner.__code__
outer()
show("code read")
