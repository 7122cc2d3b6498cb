import weakref

class Signal:
    def __init__(self):
        self._slots = []
    def connect(self, method):
        self._slots.append(weakref.WeakMethod(method, self._gone))
    def _gone(self, ref):
        print("slot gone; remaining", len(self._slots) - 1)
        self._slots.remove(ref)
    def emit(self, *args):
        for ref in list(self._slots):
            m = ref()
            if m is not None:
                m(*args)

class Listener:
    def __init__(self, name):
        self.name = name
    def on(self, v):
        print(self.name, "got", v)
    def __del__(self):
        print("Listener del", self.name)

sig = Signal()
a = Listener("a"); b = Listener("b")
sig.connect(a.on); sig.connect(b.on)
sig.emit(1)
del a
sig.emit(2)
wm = weakref.WeakMethod(b.on)
print(wm() == b.on, wm == weakref.WeakMethod(b.on))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
del b
print(wm())
sig.emit(3)
print("end")
