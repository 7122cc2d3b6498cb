# A Button notifying a WeakSet of handlers: members leaving by refcount, a
# cycle of two handlers leaving at gc.collect(), WeakSet operators and errors.
import weakref, gc

class Button:
    def __init__(self, label):
        self.label = label
        self.listeners = weakref.WeakSet()
    def click(self):
        print(f"click {self.label}: {len(self.listeners)} listener(s)")
        for l in sorted(self.listeners, key=lambda l: l.name):
            l.notify(self)

class Handler:
    count = 0
    def __init__(self, name):
        self.name = name
        Handler.count += 1
    def notify(self, src):
        print(f"  {self.name} notified by {src.label}")
    def __del__(self):
        Handler.count -= 1
        print(f"  {self.name} gone")
    def __repr__(self):
        return f"Handler({self.name})"

ok = Button("OK")
hs = [Handler(f"h{i}") for i in range(4)]
for h in hs:
    ok.listeners.add(h)
ok.click()
hs.pop(0)
ok.click()
del hs[1]
print("members:", sorted(h.name for h in ok.listeners))
print("h2 in set:", hs[1] in ok.listeners)
hs.clear()
print("after clear:", len(ok.listeners), Handler.count)
x = Handler("x")
x.peer = Handler("y")
x.peer.peer = x
ok.listeners.add(x)
ok.listeners.add(x.peer)
del x
ok.click()
print("gc:", gc.collect())
ok.click()
s1 = weakref.WeakSet([ok])
s2 = weakref.WeakSet()
print(s1 == s2, len(s1 | s2), s1 - s2 == s1)
try:
    ok.listeners.add(1)
except TypeError as e:
    print("TypeError:", e)
