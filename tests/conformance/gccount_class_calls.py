# Calling a class packs the arguments into a tuple (and keywords into a
# dict) for type_call: taken from and given back to the free lists, so only
# the first call after gc.collect() raises the count for them.
import gc
gc.disable()  # only the counts: no automatic collection

class Plain:
    pass

class WithInit:
    def __init__(self, a, b=0):
        self.a = a
        self.b = b

gc.collect()
r = [gc.get_count()[0]]
p = Plain()
r.append(gc.get_count()[0])
w = WithInit(1)
r.append(gc.get_count()[0])
w2 = WithInit(1, b=2)
r.append(gc.get_count()[0])
ws = [WithInit(i, b=i) for i in range(5)]
r.append(gc.get_count()[0])
print([x - r[0] for x in r])
