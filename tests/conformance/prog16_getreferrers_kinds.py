import gc, sys
class Target: pass
t = Target()
holder_list = [t]
holder_dict = {"t": t}
holder_tuple = (t, 1)
class H: pass
h = H(); h.t = t
def closure():
    x = t
    def inner(): return x
    return inner
inner = closure()
kinds = sorted(type(r).__name__ for r in gc.get_referrers(t))
print(kinds)
def in_frame(arg):
    return sorted(type(r).__name__ for r in gc.get_referrers(arg))
print(in_frame(t))
print(sorted(type(r).__name__ for r in gc.get_referrers(Target)))
print(gc.get_referrers(None.__class__) is not None)
print(len(gc.get_referrers()))
