import weakref, gc
class Node:
    def __init__(self, name): self.name = name
def gone(name): print("finalize", name)
a = Node("a"); b = Node("b")
a.b = b; b.a = a
weakref.finalize(a, gone, "a")
weakref.finalize(b, gone, "b")
del a, b
print("before collect")
gc.collect()
print("after collect")
c = Node("c")
f = weakref.finalize(c, gone, "c")
f.atexit = True
d = Node("d")
weakref.finalize(d, gone, "d").atexit = False
print("main done")
