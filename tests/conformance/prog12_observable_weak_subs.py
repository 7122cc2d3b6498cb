"""A reactive observable library: map/filter chains, disposables, weak subscribers."""
import weakref
import gc


class Disposable:
    def __init__(self, action):
        self._action = action

    def dispose(self):
        if self._action is not None:
            action, self._action = self._action, None
            action()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.dispose()
        return False


class Observable:
    def __init__(self, name="src"):
        self.name = name
        self._subs = []

    def subscribe(self, on_next, on_done=None):
        entry = (on_next, on_done)
        self._subs.append(entry)
        return Disposable(lambda: self._subs.remove(entry))

    def subscribe_weak(self, obj, method_name):
        ref = weakref.WeakMethod(getattr(obj, method_name))
        holder = []

        def relay(v):
            m = ref()
            if m is None:
                print(f"  ({self.name}: weak subscriber gone, unsubscribing)")
                holder[0].dispose()
            else:
                m(v)
        holder.append(self.subscribe(relay))
        return holder[0]

    def emit(self, value):
        for on_next, _ in list(self._subs):
            on_next(value)

    def complete(self):
        for _, on_done in list(self._subs):
            if on_done:
                on_done()
        self._subs.clear()

    def map(self, fn):
        out = Observable(f"{self.name}.map")
        self.subscribe(lambda v: out.emit(fn(v)), out.complete)
        return out

    def filter(self, pred):
        out = Observable(f"{self.name}.filter")
        self.subscribe(lambda v: pred(v) and out.emit(v) or None, out.complete)
        return out

    def scan(self, fn, seed):
        out = Observable(f"{self.name}.scan")
        state = [seed]

        def step(v):
            state[0] = fn(state[0], v)
            out.emit(state[0])
        self.subscribe(step, out.complete)
        return out


class Printer:
    def __init__(self, tag):
        self.tag = tag
        self.seen = []

    def on_value(self, v):
        self.seen.append(v)
        print(f"  {self.tag} <- {v!r}")

    def __del__(self):
        print(f"  Printer {self.tag} deleted after {len(self.seen)} values")


src = Observable()
evens = src.filter(lambda v: v % 2 == 0).map(lambda v: v * v)
total = src.scan(lambda a, b: a + b, 0)
p1 = Printer("squares")
p2 = Printer("total")
d1 = evens.subscribe_weak(p1, "on_value")
d2 = total.subscribe_weak(p2, "on_value")
done = []
evens.subscribe(lambda v: None, lambda: done.append("evens"))
for i in range(1, 5):
    print("emit", i)
    src.emit(i)
print("drop p1")
del p1
src.emit(6)
src.emit(8)
with total.subscribe(lambda v: print("  temp sees", v)) as d:
    src.emit(10)
src.emit(1)
print("subs of total:", len(total._subs))
src.complete()
print("done:", done)
del p2
print("collect:", gc.collect())
