import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
class Node:
    def __init__(self, n): self.n = n; self.next = None
    def __repr__(self): return f"Node({self.n})"
a = Node(1); b = Node(2); a.next = b; b.next = a
del a, b
n = gc.collect()
print("collected", n)
print(sorted(repr(o) for o in gc.garbage if isinstance(o, Node)))
print(sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
for o in gc.garbage:
    if isinstance(o, Node): o.next = None
gc.garbage.clear()
print(gc.collect(), gc.garbage)
print(gc.get_debug(), gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_LEAK)
