# gc.get_count() around collections.deque: CPython's deque is one GC object
# (its blocks are not objects); gclab's deque (Python source in
# src/lang/stdlib, an instance plus an embedded list from
# _gclab.embedded_list) counts two, so the counts drift by one per deque.
import gc
from collections import deque
gc.disable()
gc.collect()
r = [gc.get_count()[0]]
ds = [deque() for i in range(5)]
r.append(gc.get_count()[0])
print([c - r[0] for c in r])
