import gc
gc.disable()  # cycles die at the collections the program asks for (or at exit)
import weakref, gc

class Listener:
    count = 0
    def __init__(self, name):
        self.name = name
        Listener.count += 1
    def notify(self, msg):
        print(f"  {self.name} <- {msg}")
    def __repr__(self):
        return f"Listener({self.name!r})"
    def __del__(self):
        Listener.count -= 1
        print(f"  del {self.name}")

class Bus:
    def __init__(self):
        self.listeners = weakref.WeakSet()
    def attach(self, l):
        self.listeners.add(l)
    def send(self, msg):
        for l in sorted(self.listeners, key=lambda x: x.name):
            l.notify(msg)

bus = Bus()
ls = [Listener(n) for n in "abcde"]
for l in ls:
    bus.attach(l)
print(len(bus.listeners), Listener.count)
bus.send("hello")
del ls[1]
print(len(bus.listeners))
ls.pop()
bus.send("after pops")
x = ls[0]
print(x in bus.listeners, Listener("tmp") in bus.listeners)
ws2 = weakref.WeakSet([ls[0], ls[1]])
print(sorted(l.name for l in bus.listeners & ws2))
print(sorted(l.name for l in bus.listeners - ws2))
print(ws2 <= bus.listeners, bus.listeners <= ws2)
ls.clear()
print("cleared list; x still holds a:", len(bus.listeners))
del x
print(len(bus.listeners), len(ws2), Listener.count)
# cycles in a weakset
a = Listener("cyc1"); b = Listener("cyc2")
a.peer = b; b.peer = a
bus.attach(a); bus.attach(b)
del a, b
print("before collect", len(bus.listeners))
gc.collect()
print("after collect", len(bus.listeners))
print(type(bus.listeners).__name__)
