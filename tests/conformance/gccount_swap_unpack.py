# `a, b = x, y` (1 to 3 names, no starred item) builds no tuple in CPython
# 3.11 (the peephole optimizer turns BUILD_TUPLE + UNPACK_SEQUENCE into
# SWAP), so it leaves gc.get_count() alone; 4 names, a starred target or a
# tuple kept whole do build one.
import gc
gc.disable()  # only the counts: no automatic collection

def swaps(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a

gc.collect()
r = [gc.get_count()[0]]
x, y = [], []
r.append(gc.get_count()[0])
x, y, z = y, x, r
r.append(gc.get_count()[0])
print(swaps(10))
r.append(gc.get_count()[0])
p, q, s, t = x, y, z, r
r.append(gc.get_count()[0])
first, *rest = x, y, z
r.append(gc.get_count()[0])
pair = x, y
r.append(gc.get_count()[0])
print([c - r[0] for c in r])
