# An event bus holding bound methods and lambdas of widgets, a 
# parent/children tree, an account whose history holds itself, a generator 
# sent itself: what gc.collect() frees and counts.
import gc, weakref, functools
gc.collect()
class EventBus:
    def __init__(self):
        self.handlers = {}
    def on(self, event, handler):
        self.handlers.setdefault(event, []).append(handler)
    def emit(self, event, *args):
        for h in self.handlers.get(event, []):
            h(*args)
class Widget:
    def __init__(self, name, bus):
        self.name = name
        self.bus = bus
        bus.on("click", self.clicked)
        bus.on("close", lambda: self.close())
    def clicked(self, x):
        print(self.name, "clicked", x)
    def close(self):
        print(self.name, "closing")
    def __del__(self):
        print("del", self.name)
bus = EventBus()
w = Widget("w", bus)
bus.emit("click", 1)
bus.emit("close")
del w
print("after del w")
bus.bus_ref = bus
del bus
print("collected:", gc.collect())
class Node:
    def __init__(self, val, parent=None):
        self.val = val
        self.parent = parent
        self.children = []
    def add(self, val):
        c = Node(val, self)
        self.children.append(c)
        return c
root = Node(0)
for i in range(3):
    c = root.add(i)
    for j in range(2):
        c.add((i, j))
del root, c
print("tree collected:", gc.collect())
cache = {}
def memo(f):
    @functools.wraps(f)
    def inner(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return inner
@memo
def sq(n): return n * n
print(sq(3), sq(3), cache)
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.history = []
    def deposit(self, amt):
        self.history.append(("dep", amt, self))
a = Account("x")
a.deposit(5)
a.deposit(6)
del a
print("account collected:", gc.collect())
gen_holder = []
def produce():
    me = yield
    yield me
g = produce(); next(g); g.send(g)
gen_holder.append(g); del g
gen_holder.clear()
print("gen self-ref collected:", gc.collect())
