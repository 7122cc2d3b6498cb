import weakref
import gc

class Signal:
    def __init__(self, name):
        self.name = name
        self._slots = []

    def connect(self, fn):
        if hasattr(fn, "__self__") and hasattr(fn, "__func__"):
            ref = weakref.WeakMethod(fn, self._dead)
        else:
            ref = weakref.ref(fn, self._dead)
        self._slots.append(ref)
        return fn

    def _dead(self, ref):
        print(f"  [{self.name}] slot died")
        self._slots = [r for r in self._slots if r is not ref]

    def emit(self, *args):
        out = []
        for r in list(self._slots):
            fn = r()
            if fn is not None:
                out.append(fn(*args))
        return out

    def __len__(self):
        return len(self._slots)

class Thermometer:
    def __init__(self):
        self.changed = Signal("changed")
        self._t = 20

    @property
    def temperature(self):
        return self._t

    @temperature.setter
    def temperature(self, v):
        old, self._t = self._t, v
        if old != v:
            self.changed.emit(old, v)

class Display:
    def __init__(self, label):
        self.label = label
        self.seen = []

    def update(self, old, new):
        self.seen.append(new)
        print(f"  {self.label}: {old} -> {new}")
        return self.label

    def __del__(self):
        print(f"  Display {self.label} deleted")

def logger(old, new):
    print(f"  log: {new - old:+d}")

t = Thermometer()
d1, d2 = Display("panel"), Display("phone")
t.changed.connect(d1.update)
t.changed.connect(d2.update)
t.changed.connect(logger)
print("slots:", len(t.changed))
t.temperature = 25
print("deleting phone")
del d2
print("slots:", len(t.changed))
t.temperature = 19
t.temperature = 19
wm = weakref.WeakMethod(d1.update)
print(wm() == d1.update, wm() is d1.update, wm == weakref.WeakMethod(d1.update))
print(type(wm).__mro__[1].__name__, wm.__callback__ is None)
lam = lambda o, n: print("  lambda", o, n)
t.changed.connect(lam)
t.temperature = 30
del lam
print("slots:", len(t.changed))
def closure_factory():
    d = Display("cyclic")
    d.me = d
    return d
c = closure_factory()
t.changed.connect(c.update)
del c
t.temperature = 31
print("collecting")
print("collected:", gc.collect())
t.temperature = 32
try:
    weakref.WeakMethod(logger)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError:", e)
print("d1 saw", d1.seen)
print("end")
