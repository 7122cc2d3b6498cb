# In one collection every __del__ runs (in creation order for fresh objects)
# before anything is cleared, so each __del__ still sees its partners' attributes.
# CPython: gcmodule.c finalize_garbage (before delete_garbage).
import gc

gc.disable()


class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

    def __del__(self):
        print("__del__", self.name, "sees next =", self.next.name, "whose next =", self.next.next.name)


a = Node("a")
b = Node("b")
c = Node("c")
a.next = b
b.next = c
c.next = a
del a, b, c
print("collect")
gc.collect()
print("end")
