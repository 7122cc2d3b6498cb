import gc

class Res:
    def __init__(self, name): self.name = name
    def __del__(self): print("Res", self.name, "freed")

def worker(name):
    r = Res(name)
    try:
        while True:
            yield r.name
    finally:
        print("worker", name, "finally")

g = worker("plain")
next(g)
del g
print("---")

class Holder:
    def __init__(self):
        self.gen = self.run()
    def run(self):
        try:
            yield 1
            yield 2
        finally:
            print("Holder.run finally, self alive:", self is not None)
    def __del__(self):
        print("Holder __del__")

h = Holder()
next(h.gen)
del h
print("before collect")
n = gc.collect()
print("collected something:", n > 0)

def selfref():
    me = yield
    try:
        yield
    finally:
        print("selfref finally")
s = selfref()
next(s)
s.send(s)
del s
gc.collect()
print("end")
g2 = worker("at-exit")
next(g2)
