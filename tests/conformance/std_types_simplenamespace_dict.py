# types.SimpleNamespace: its dict is made with the instance (one more object for gc.collect()), attributes, subclasses, and the positional-argument TypeError.
import gc, types, sys
gc.collect()
sn = types.SimpleNamespace(a=1, b=[2])
sn.me = sn
print(sn.__dict__.keys(), sys.getrefcount(sn))
del sn
print(gc.collect())
class Sub(types.SimpleNamespace):
    def __init__(self, x):
        self.x = x
s = Sub(3); s.me = s
print(s.x, repr(s)[:20])
del s
print(gc.collect())
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(e)
