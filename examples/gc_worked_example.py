# The worked example of docs/gc.md, section 2: five objects A..E, created in
# that order; C.ref = A, A <-> B and D <-> E are cycles, and only C is still
# held from outside (the global name c). gc.collect(0) collects generation 0:
# gc_refs after update_refs is 2 1 1 1 1, after subtract_refs 0 0 1 0 0;
# move_unreachable finds D and E unreachable, and they are collected.
# Step through it: gclab run --trace t.jsonl --trace-level=refs examples/gc_worked_example.py
import gc


class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


gc.collect()  # everything made so far moves to the oldest generation
a = N("A")
b = N("B")
c = N("C")
d = N("D")
e = N("E")
c.ref = a
a.peer = b
b.peer = a
d.peer = e
e.peer = d
del a, b, d, e
print("collected", gc.collect(0))
print("C still holds", c.ref.name, "and", c.ref.peer.name)
