import gc

def gen(n):
    try:
        yield n
    finally:
        print("finally", n)
        raise RuntimeError("from finally %d" % n)

g = gen(1); next(g)
try:
    g.close()
except RuntimeError as e:
    print("close raised:", e)

g = gen(2); next(g)
del g
print("after refcount death")
g = gen(3); next(g)
l = [g]; l.append(l)
print("dropping cycle")
del g, l
gc.collect()
print("end")
