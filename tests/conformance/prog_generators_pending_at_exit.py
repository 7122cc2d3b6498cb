# Suspended generators alive at exit (globals, a list, an object in a cycle, a
# never-started one, a generator expression): their finally blocks at shutdown.
import gc

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def stream(name):
    r = Res(name)
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print("finally", name)

g1 = stream("g1")
next(g1)
g2 = stream("g2")
next(g2); next(g2)
g3 = stream("g3")       # never started: no finally
class Box:
    pass
b = Box()
b.gen = stream("boxed")
next(b.gen)
b.self = b
pairs = [(stream("in-list-%d" % i)) for i in range(2)]
for p in pairs:
    next(p)
lazy = (Res(n) for n in "xyz")
first = next(lazy)
print("end of main")
