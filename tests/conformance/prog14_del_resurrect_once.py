import gc
import sys

graveyard = []

class Phoenix:
    def __init__(self, name):
        self.name = name
        self.lives = 2
    def __del__(self):
        self.lives -= 1
        print(f"{self.name} __del__, lives left {self.lives}")
        if self.lives > 0:
            graveyard.append(self)

p = Phoenix("fawkes")
del p
print("graveyard", [x.name for x in graveyard])
p = graveyard.pop()
print("popped; refcount", sys.getrefcount(p))
del p
print("second death: __del__ not called again in 3.11")
print(len(graveyard))

class CyclePhoenix:
    saved = None
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print("CyclePhoenix __del__", self.name, gc.is_finalized(self))
        CyclePhoenix.saved = self

gc.disable()
c = CyclePhoenix("c1")
print("finalized?", gc.is_finalized(c))
del c
n = gc.collect()
print("collect found", n)
print("resurrected:", CyclePhoenix.saved.name, gc.is_finalized(CyclePhoenix.saved))
CyclePhoenix.saved = None
n = gc.collect()
print("second collect", n)

class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("A del", self.name, "partner alive:", self.partner.name)

a = A("x"); b = A("y")
a.partner = b; b.partner = a
del a, b
gc.collect()
print("both finalized, then freed")
gc.enable()
