class Noisy:
    def __init__(self, name): self.name = name
    def __del__(self):
        print("del", self.name)
first = Noisy("first")
second = Noisy("second")
third = Noisy("third")
lst = [Noisy("in-list")]
class Holder:
    inst = Noisy("class attr")
cyc = Noisy("cycle")
cyc.me = cyc
def f(): pass
f.attr = Noisy("func attr")
second = None
print("main done")
