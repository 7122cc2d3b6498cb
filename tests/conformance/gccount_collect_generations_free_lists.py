# Only a collection of the oldest generation empties the free lists
# (clear_freelists in gc_collect_main): after gc.collect(0) or (1) a freed
# list is still reused without counting, after gc.collect(2) it is not.
import gc

gc.disable()
gc.collect()
for gen in (0, 1, 2):
    junk = [[] for i in range(5)]
    del junk
    gc.collect(gen)
    before = gc.get_count()
    fresh = [[] for i in range(3)]
    after = gc.get_count()
    print("collect(%d):" % gen, before, after)
    del fresh
