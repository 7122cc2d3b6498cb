import weakref
import gc
gc.disable()  # cycles die at the collections the program asks for (or at exit)

class Event:
    def __init__(self, name):
        self.name = name
        self._handlers = []

    def subscribe(self, handler):
        if hasattr(handler, "__self__") and hasattr(handler, "__func__"):
            ref = weakref.WeakMethod(handler, self._cleanup)
        else:
            ref = weakref.ref(handler, self._cleanup)
        self._handlers.append(ref)
        return ref

    def _cleanup(self, ref):
        print(f"[{self.name}] handler gone, {len(self._handlers)} before cleanup")
        self._handlers.remove(ref)

    def fire(self, *args):
        results = []
        for ref in list(self._handlers):
            h = ref()
            if h is not None:
                results.append(h(*args))
        return results


class Display:
    def __init__(self, label):
        self.label = label

    def on_change(self, value):
        return f"{self.label} shows {value}"

    def __del__(self):
        print(f"Display {self.label} deleted")


def module_level_handler(value):
    return f"fn got {value}"


ev = Event("temp")
d1 = Display("lcd")
d2 = Display("led")
r1 = ev.subscribe(d1.on_change)
r2 = ev.subscribe(d2.on_change)
ev.subscribe(module_level_handler)
print(ev.fire(21))
print(type(r1).__name__, r1() is None, r1() == d1.on_change)
del d1
print(ev.fire(22))
d2.self_ref = d2
del d2
print("d2 in cycle, still subscribed:", len(ev._handlers))
print(ev.fire(23))
n = gc.collect()
print("collected", n > 0)
print(ev.fire(24))
print(len(ev._handlers))
# WeakMethod equality and hashing
d3 = Display("oled")
a = weakref.WeakMethod(d3.on_change)
b = weakref.WeakMethod(d3.on_change)
print(a == b, hash(a) == hash(b))
del d3
print(a == b, a() is None)
try:
    weakref.WeakMethod(module_level_handler)
except TypeError as e:
    print("TypeError:", e)
print("end")
