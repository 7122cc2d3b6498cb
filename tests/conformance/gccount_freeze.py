# gc.freeze() zeroes every generation's count and moves the tracked
# objects to the permanent generation; the free lists are untouched (a
# freed list made before freeze is still reused without counting).
import gc

gc.disable()
gc.collect()
keep = [[i] for i in range(10)]
junk = []
del junk
print("before freeze:", gc.get_count())
gc.freeze()
print("after freeze:", gc.get_count(), gc.get_freeze_count() > 0)
reused = []
print("reused list:", gc.get_count())
new = [[], []]
print("three lists:", gc.get_count())
gc.unfreeze()
print("unfrozen:", gc.get_count(), gc.get_freeze_count())
