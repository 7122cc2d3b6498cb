# Raising and catching: the exception, its args tuple (the call's own) and
# the traceback are GC objects; the frame object is made the first time a
# traceback needs it.
import gc
gc.disable()  # only the counts: no automatic collection

def fail(i):
    raise ValueError(i)

gc.collect()
r = [gc.get_count()[0]]
for i in range(5):
    try:
        fail(i)
    except ValueError:
        pass
r.append(gc.get_count()[0])
kept = []
for i in range(3):
    try:
        raise KeyError(i)
    except KeyError as e:
        kept.append(e)
r.append(gc.get_count()[0])
print([x - r[0] for x in r])
