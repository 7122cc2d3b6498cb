import weakref
from collections import defaultdict

class EventBus:
    def __init__(self):
        self._subs = defaultdict(list)

    def subscribe(self, event, handler):
        if hasattr(handler, "__self__"):
            ref = weakref.WeakMethod(handler, lambda r, e=event: self._cleanup(e, r))
        else:
            ref = weakref.ref(handler, lambda r, e=event: self._cleanup(e, r))
        self._subs[event].append(ref)

    def _cleanup(self, event, ref):
        print(f"cleanup handler for {event}")
        self._subs[event].remove(ref)

    def publish(self, event, *args):
        for ref in list(self._subs[event]):
            h = ref()
            if h is not None:
                h(*args)

class Widget:
    def __init__(self, name):
        self.name = name
    def on_click(self, x, y):
        print(f"{self.name} clicked at ({x}, {y})")

def log_click(x, y):
    print(f"log: click {x},{y}")

bus = EventBus()
w1, w2 = Widget("ok"), Widget("cancel")
bus.subscribe("click", w1.on_click)
bus.subscribe("click", w2.on_click)
bus.subscribe("click", log_click)
bus.publish("click", 1, 2)
del w1
bus.publish("click", 3, 4)
del log_click
bus.publish("click", 5, 6)
print({k: len(v) for k, v in bus._subs.items()})
