import weakref
class Timer:
    def __init__(self):
        self.callbacks = []
        self.now = 0
    def every(self, n, method):
        self.callbacks.append((n, weakref.WeakMethod(method)))
    def advance(self, steps):
        for _ in range(steps):
            self.now += 1
            alive = []
            for n, wm in self.callbacks:
                m = wm()
                if m is None:
                    print(f"t={self.now}: dropping dead callback")
                    continue
                alive.append((n, wm))
                if self.now % n == 0:
                    m(self.now)
            self.callbacks = alive

class Blinker:
    def __init__(self, name): self.name = name; self.on = False
    def toggle(self, t):
        self.on = not self.on
        print(f"t={t}: {self.name} {'on' if self.on else 'off'}")
    def __del__(self): print(f"{self.name} destroyed")

timer = Timer()
b1, b2 = Blinker("red"), Blinker("green")
timer.every(2, b1.toggle)
timer.every(3, b2.toggle)
timer.advance(4)
del b2
timer.advance(3)
print(len(timer.callbacks))
wm = weakref.WeakMethod(b1.toggle)
print(wm() == b1.toggle, wm() is b1.toggle, wm == weakref.WeakMethod(b1.toggle))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)
