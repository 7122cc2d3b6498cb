# A typical observer list of WeakMethods: it does not keep observers alive;
# dead entries answer None and are skipped, and a callback prunes them.
# CPython: Lib/weakref.py WeakMethod.__call__ and its callback.
import gc
import weakref

gc.disable()
observers = []


def prune(wm):
    print("  pruning a dead observer")
    observers.remove(wm)


class Screen:
    def __init__(self, name):
        self.name = name

    def notify(self, event):
        print("  " + self.name, "got", event)


def publish(event):
    print("publish", event, "to", len(observers), "observer(s)")
    for wm in list(observers):
        m = wm()
        if m is not None:
            m(event)


left = Screen("left")
right = Screen("right")
observers.append(weakref.WeakMethod(left.notify, prune))
observers.append(weakref.WeakMethod(right.notify, prune))
publish("start")
print("del left")
del left
publish("update")
print("del right")
del right
publish("stop")
