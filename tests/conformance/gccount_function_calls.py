# Calls of Python functions make no argument tuple in 3.11 (vectorcall),
# but *args makes a tuple and **kwargs a dict per call; the counts of a
# loop of calls, from a gc.collect().
import gc
gc.disable()  # only the counts: no automatic collection

def plain(a, b):
    return a

def star(*args):
    return len(args)

def kw(**kwargs):
    return len(kwargs)

def both(*args, **kwargs):
    return args, kwargs

gc.collect()
r = []
r.append(gc.get_count()[0])
for i in range(20):
    plain(i, i)
r.append(gc.get_count()[0])
for i in range(20):
    star(i, i)
r.append(gc.get_count()[0])
for i in range(20):
    kw(a=i)
r.append(gc.get_count()[0])
kept = [both(i, k=i) for i in range(5)]
r.append(gc.get_count()[0])
print([x - r[0] for x in r])
