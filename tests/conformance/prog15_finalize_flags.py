import weakref, gc

class Resource:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Resource({self.name!r})"

def cleanup(label, *args, **kw):
    print("cleanup", label, args, sorted(kw.items()))
    return label.upper()

keep = []
r1 = Resource("a"); r2 = Resource("b"); r3 = Resource("c"); r4 = Resource("d")
f1 = weakref.finalize(r1, cleanup, "one", 1, x=2)
f2 = weakref.finalize(r2, cleanup, "two")
f2.atexit = False
f3 = weakref.finalize(r3, cleanup, "three", 3)
f4 = weakref.finalize(r4, cleanup, "four")
print(f1.alive, f2.alive, f3.atexit, f2.atexit)
print(f3.peek()[0] is r3, f3.peek()[2:])
d = f4.detach()
print(d[0] is r4, d[1].__name__, d[2], d[3])
print(f4.alive, f4.detach(), f4.peek(), f4())
print(f3(), f3.alive, f3())
del r3
gc.collect()
keep.extend([r1, r2, r4])
print("registry alive:", [f.alive for f in (f1, f2, f3, f4)])

class Node:
    def __init__(self, n):
        self.n = n
        self.self_ref = self

nodes = [Node(i) for i in range(3)]
fs = [weakref.finalize(n, print, "node", n.n, "gone") for n in nodes]
fs[1].atexit = False
del nodes, n
print("before collect", [f.alive for f in fs])
print("collected", gc.collect() > 0)
print("after collect", [f.alive for f in fs])

late = Node(99)
weakref.finalize(late, print, "late node finalized at exit")
quiet = Node(100)
weakref.finalize(quiet, print, "quiet never printed").atexit = False
print("end of main")
