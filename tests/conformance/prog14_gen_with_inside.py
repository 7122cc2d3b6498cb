import gc
import io

class Lock:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("acquire", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("release", self.name, "exc:", et.__name__ if et else None)
        return False

def locked_reader(name, lines):
    with Lock(name):
        for ln in lines:
            yield ln.upper()

g = locked_reader("L1", ["a", "b", "c"])
print(next(g))
g.close()
print("--")
g = locked_reader("L2", ["a", "b"])
print(next(g))
del g
print("--")
gc.disable()
g = locked_reader("L3", ["x", "y"])
next(g)
box = {"gen": g}
box["box"] = box
del g, box
print("collecting")
gc.collect()
print("--")
def reader(f):
    with f:
        for line in f:
            yield line.rstrip("\n")
f = io.StringIO("one\ntwo\nthree\n")
r = reader(f)
print(next(r), f.closed)
r.close()
print("closed after gen close:", f.closed)
gc.enable()
def uncaught():
    with Lock("L4"):
        yield 1
        raise ValueError("inside gen")
u = uncaught()
next(u)
try:
    next(u)
except ValueError as e:
    print("caught", e)
print(u.gi_frame)
