# An event system with WeakMethod/ref subscriptions whose callbacks remove dead
# subscribers, a contextmanager that adds a temporary subscriber, and a
# generator that subscribes a closure.
# event system with weak subscriptions, generators and context managers
import weakref, gc, contextlib
gc.disable()
class Event:
    def __init__(self, name):
        self.name = name
        self._subs = []
    def subscribe(self, fn):
        if hasattr(fn, "__self__"):
            ref = weakref.WeakMethod(fn, self._cleanup)
        else:
            ref = weakref.ref(fn, self._cleanup)
        self._subs.append(ref)
        return ref
    def _cleanup(self, ref):
        print(f"[{self.name}] dropping dead subscriber")
        self._subs.remove(ref)
    def emit(self, *args):
        for ref in list(self._subs):
            fn = ref()
            if fn is not None:
                fn(*args)
class Widget:
    count = 0
    def __init__(self, label):
        self.label = label
        Widget.count += 1
    def on_click(self, x, y):
        print(f"{self.label} clicked at {x},{y}")
    def __del__(self):
        Widget.count -= 1
        print(f"Widget {self.label} deleted, {Widget.count} left")
click = Event("click")
w1, w2 = Widget("ok"), Widget("cancel")
click.subscribe(w1.on_click); click.subscribe(w2.on_click)
def logger(x, y): print("log", x, y)
click.subscribe(logger)
click.emit(1, 2)
del w1
click.emit(3, 4)
del logger
click.emit(5, 6)
@contextlib.contextmanager
def temporary_widget(label):
    w = Widget(label)
    click.subscribe(w.on_click)
    try:
        yield w
    finally:
        print("leaving", label)
with temporary_widget("tmp") as t:
    click.emit(7, 8)
del t
click.emit(9, 10)
def event_stream(ev, n):
    got = []
    def collect(*a): got.append(a)
    ev.subscribe(collect)
    for i in range(n):
        ev.emit(i, -i)
        yield got[-1]
print(list(event_stream(click, 2)))
gc.collect()
click.emit(0, 0)
print("subscribers:", len(click._subs))
