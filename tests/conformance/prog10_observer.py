"""Observer pattern with weak method references."""
import weakref
import gc


class Signal:
    def __init__(self, name):
        self.name = name
        self._slots = []

    def connect(self, cb):
        if hasattr(cb, "__self__"):
            ref = weakref.WeakMethod(cb, self._cleanup)
        else:
            ref = weakref.ref(cb, self._cleanup)
        self._slots.append(ref)

    def _cleanup(self, ref):
        print(f"  [{self.name}] dropping dead slot")
        self._slots.remove(ref)

    def emit(self, *args):
        for ref in list(self._slots):
            cb = ref()
            if cb is not None:
                cb(*args)

    def __len__(self):
        return len(self._slots)


class Display:
    def __init__(self, name):
        self.name = name
        self.seen = []

    def update(self, value):
        self.seen.append(value)
        print(f"  {self.name} shows {value}")

    def __del__(self):
        print(f"  {self.name} destroyed")


class Model:
    def __init__(self):
        self.changed = Signal("changed")
        self._value = 0

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        old, self._value = self._value, v
        if old != v:
            self.changed.emit(v)


m = Model()
d1 = Display("d1")
d2 = Display("d2")
m.changed.connect(d1.update)
m.changed.connect(d2.update)


def logger(v):
    print("  log", v)


m.changed.connect(logger)
m.value = 1
m.value = 1
print("slots:", len(m.changed))
del d1
m.value = 2
print("slots:", len(m.changed))
del logger
m.value = 3
print("d2 saw", d2.seen)


class SelfObserving:
    def __init__(self, model):
        self.model = model
        model.changed.connect(self.react)

    def react(self, v):
        print("  self-observer got", v)

    def __del__(self):
        print("  self-observer destroyed")


so = SelfObserving(m)
m.value = 4
del so
print("so deleted")
m.value = 5
strong = []
m.changed._slots.append(lambda: None)
lam = lambda v: strong.append(v)
m.changed.connect(lam)
m.value = 6
print(strong)
m.changed._slots.pop(-2)
del lam
gc.collect()
print("final slots:", len(m.changed))
