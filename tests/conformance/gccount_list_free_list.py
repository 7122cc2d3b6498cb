# gc.get_count() and list's free list (Objects/listobject.c): a freed list is
# kept for reuse (up to 80) instead of lowering generation 0's count, and
# the next list made takes it back without raising the count.
# gc.collect() empties the free lists first, so the counts below start at 0.
import gc

gc.disable()
gc.collect()
print("after collect:", gc.get_count())
a = []
print("one list:", gc.get_count())
del a
print("freed (kept on the free list):", gc.get_count())
b = []
print("reused:", gc.get_count())
lists = [[] for i in range(100)]
print("100 more:", gc.get_count())
del lists
print("freed 101 (80 kept, 21 freed):", gc.get_count())
again = [[i] for i in range(90)]
print("90 again (80 reused):", gc.get_count())
del again, b
gc.collect()
print("collect empties them:", gc.get_count())
c = []
print("counted again:", gc.get_count())
