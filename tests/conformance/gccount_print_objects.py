# print() makes GC objects of its own: the tuple of its arguments, a method
# object per piece written, and sys.stdout's list of pending text; the
# first repr of a container makes the thread state's repr list. Counts are
# recorded without printing in between, then printed.
import gc
gc.disable()  # only the counts: no automatic collection

r = []
gc.collect()
gc.get_count()
r.append(gc.get_count()[0])
print("one")
r.append(gc.get_count()[0])
print("two", 2)
r.append(gc.get_count()[0])
print([1, 2])
r.append(gc.get_count()[0])
print((1, 2), {"k": 1})
r.append(gc.get_count()[0])
print(r)
