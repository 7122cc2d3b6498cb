import gc

def ticker(name):
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print("ticker finally", name)

class Owner:
    def __init__(self, name):
        self.name = name
        self.t = ticker(name)
        next(self.t)
    def __del__(self):
        print("Owner del", self.name, "next tick", next(self.t))

o = Owner("plain")
del o
print("--")
c = Owner("cyclic")
c.me = c
del c
gc.collect()
print("--")
g = ticker("module-level")
next(g)
keep = Owner("exit")
print("end")
