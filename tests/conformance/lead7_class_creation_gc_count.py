# gc.get_count() across class statements: type_new_set_names iterates over a
# copy of the class dict (a dict CPython allocates and frees back to the dict
# free list), and tp_bases/tp_mro are tuples from the tuple free lists, so a
# class made right after gc.collect() (free lists empty) counts them all, and
# one made after print() has freed tuples of the same sizes reuses them.
import gc

gc.collect()
base = gc.get_count()[0]
deltas = []


class A:
    pass


deltas.append(gc.get_count()[0] - base)


class B(A):
    def method(self):
        return 1


deltas.append(gc.get_count()[0] - base)
for i in range(5):
    class Local:
        x = i
deltas.append(gc.get_count()[0] - base)
C = type("C", (A,), {"y": 2})
deltas.append(gc.get_count()[0] - base)
print(deltas)
gc.collect()
print(gc.get_count(), gc.get_threshold())
base = gc.get_count()[0]


class D:
    def __init__(self, n):
        self.n = n


print(gc.get_count()[0] - base)
