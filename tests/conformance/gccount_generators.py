# Generator objects are GC objects: counted when made, uncounted when
# freed; a generator expression is a function call that makes one.
import gc
gc.disable()  # only the counts: no automatic collection

def countdown(n):
    while n > 0:
        yield n
        n -= 1

gc.collect()
r = [gc.get_count()[0]]
g = countdown(3)
r.append(gc.get_count()[0])
total = sum(countdown(5))
r.append(gc.get_count()[0])
squares = list(x * x for x in range(4))
r.append(gc.get_count()[0])
del g
r.append(gc.get_count()[0])
print(total, squares, [x - r[0] for x in r])
