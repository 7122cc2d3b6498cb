import gc
gc.disable()  # cycles die at the collections the program asks for (or at exit)
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Holder:
    def __init__(self, *items):
        self.items = list(items)
    def __del__(self):
        print("Holder del with", [i.name for i in self.items])

first = Noisy("first")
second = Noisy("second")
container = [Noisy("in-list-1"), Noisy("in-list-2")]
mapping = {"k1": Noisy("val-1"), "k2": Noisy("val-2")}
h = Holder(Noisy("held-a"), Noisy("held-b"))
cyc_a = Noisy("cyc-a")
cyc_b = Noisy("cyc-b")
cyc_a.peer = cyc_b
cyc_b.peer = cyc_a
gen = (x for x in [Noisy("gen-a"), Noisy("gen-b")])
next(gen)
last = Noisy("last")
print("main done")
