# A cycle that is still reachable from a live object is not garbage: collect()
# leaves it (and its weakrefs) alone; once the outside link goes, it is freed.
# CPython: gcmodule.c deduce_unreachable.
import gc
import weakref

gc.disable()


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print("__del__", self.name)


anchor = {"node": Node("n1")}
anchor["node"].peer = Node("n2")
anchor["node"].peer.peer = anchor["node"]
w1 = weakref.ref(anchor["node"])
w2 = weakref.ref(anchor["node"].peer)
gc.collect()
print("still reachable through the dict:", w1() is not None, w2() is not None)
holder = [anchor]
del anchor
gc.collect()
print("reachable through a list of a dict:", w1() is not None)
holder.pop()
print("outside link gone, refcounts alone do nothing:", w1() is not None)
gc.collect()
print("after collect:", w1() is None, w2() is None)
