# An observer Signal holding its slots as WeakMethods with a cleanup callback:
# listeners dropped by del and by a collected cycle, WeakMethod equality/hash, errors.
import weakref, gc

class Signal:
    def __init__(self, name):
        self.name = name
        self._slots = []

    def connect(self, method):
        ref = weakref.WeakMethod(method, self._on_dead)
        self._slots.append(ref)
        print(f"connect {method.__self__.name}.{method.__func__.__name__} -> {self.name}")

    def _on_dead(self, ref):
        print(f"  slot died in {self.name}; {len(self._slots)} slots before cleanup")
        self._slots.remove(ref)

    def emit(self, *args):
        for r in list(self._slots):
            m = r()
            if m is not None:
                m(*args)

class Listener:
    def __init__(self, name):
        self.name = name
    def on_event(self, value):
        print(f"  {self.name} got {value!r}")
    def __del__(self):
        print(f"  del Listener {self.name}")

sig = Signal("changed")
a, b, c = Listener("a"), Listener("b"), Listener("c")
sig.connect(a.on_event)
sig.connect(b.on_event)
sig.connect(c.on_event)
sig.emit(1)
print("drop b")
del b
sig.emit(2)
print("cycle c")
c.me = c
del c
sig.emit(3)
print("collect:", gc.collect())
sig.emit(4)
r = weakref.WeakMethod(a.on_event)
print(r() == a.on_event, r() is a.on_event)
print(r == weakref.WeakMethod(a.on_event))
print(hash(r) == hash(weakref.WeakMethod(a.on_event)))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
print("end")
