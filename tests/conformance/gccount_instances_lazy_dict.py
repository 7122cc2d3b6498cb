# Instances of a plain class keep their attributes in a values array, not
# a dict: gc.get_count() rises by one per instance until `__dict__` is
# asked for, which makes the dict (one more GC object, kept).
import gc
gc.disable()  # only the counts: no automatic collection

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

gc.collect()
counts = [gc.get_count()[0]]
pts = [Point(i, i) for i in range(10)]
counts.append(gc.get_count()[0])
for p in pts[:4]:
    p.__dict__
counts.append(gc.get_count()[0])
vars(pts[5])
counts.append(gc.get_count()[0])
print([c - counts[0] for c in counts])
