# weakref.ref to a bound method dies at once; WeakMethod lives as long as the
# instance; functions and lambdas as observers.
import weakref

class Model:
    def __init__(self):
        self._observers = []
    def subscribe(self, fn):
        self._observers.append(weakref.ref(fn))
    def subscribe_method(self, m):
        self._observers.append(weakref.WeakMethod(m))
    def notify(self):
        alive = 0
        for r in self._observers:
            f = r()
            if f is not None:
                f("changed")
                alive += 1
        print("notified", alive, "of", len(self._observers))

class View:
    def __init__(self, name):
        self.name = name
    def update(self, what):
        print(self.name, "update:", what)

m = Model()
v = View("v1")
m.subscribe(v.update)       # dies immediately: bound method is temporary
m.notify()
m.subscribe_method(v.update)
m.notify()
def free_fn(what):
    print("free function:", what)
m.subscribe(free_fn)
m.notify()
m.subscribe(lambda what: print("lambda", what))
m.notify()
del v
m.notify()
del free_fn
m.notify()
