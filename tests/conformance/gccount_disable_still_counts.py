# gc.disable() stops automatic collections but not the counting: the count
# passes the threshold and the first allocation after gc.enable() that
# finds it above the threshold collects.
import gc

class C:
    pass

gc.collect()
gc.disable()
keep = [C() for i in range(750)]
print("disabled:", gc.get_count(), gc.isenabled())
stats0 = gc.get_stats()[0]["collections"]
gc.enable()
one = C()
print("enabled, one more:", gc.get_count())
print("collections run:", gc.get_stats()[0]["collections"] - stats0)
