import weakref, gc

class Button:
    def __init__(self, name):
        self.name = name
    def click(self):
        return f"{self.name} clicked"
    def __del__(self):
        print("Button del", self.name)

b = Button("ok")
wm = weakref.WeakMethod(b.click)
print(wm()())
print(wm == weakref.WeakMethod(b.click))
wm2 = weakref.WeakMethod(b.click, lambda r: print("callback got", type(r).__name__, r() is None))
del b
print("after del:", wm(), wm2())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.WeakMethod(lambda: 1)
except TypeError as e:
    print("TypeError:", e)

class Model:
    def __init__(self):
        self.listeners = []
    def subscribe(self, meth):
        self.listeners.append(weakref.WeakMethod(meth))
    def notify(self):
        alive = 0
        for r in self.listeners:
            m = r()
            if m is not None:
                print(m("event"))
                alive += 1
        self.listeners = [r for r in self.listeners if r() is not None]
        return alive

class View:
    def __init__(self, n):
        self.n = n
    def on(self, ev):
        return f"view{self.n} got {ev}"

m = Model()
views = [View(i) for i in range(3)]
for v in views:
    m.subscribe(v.on)
del v
print(m.notify())
views.pop(1)
print(m.notify())
views.clear()
print(m.notify(), len(m.listeners))

c = Button("cyc")
c.self = c
wm3 = weakref.WeakMethod(c.click)
del c
print("alive before collect:", wm3() is not None)
gc.collect()
print("alive after collect:", wm3() is not None)
