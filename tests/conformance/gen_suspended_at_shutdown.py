# Suspended generators (module globals, held by an instance in a self-cycle, 
# a generator expression over a list) are finalized at shutdown in CPython's 
# order.
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del R", self.n)

def worker(name):
    r = R(name)
    try:
        while True:
            x = yield
            print(name, "got", x)
    finally:
        print("finally", name)

g1 = worker("g1")
next(g1)
g1.send(1)
g2 = worker("g2")
next(g2)
items = [R("a"), R("b"), R("c")]
ge = (i.n for i in items)
print(next(ge))
class Holder:
    def __init__(self):
        self.gen = worker("held")
        next(self.gen)
    def __del__(self):
        print("del Holder")
h = Holder()
h.self = h
print("end of module")
