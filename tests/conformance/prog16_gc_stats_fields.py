import gc
gc.collect()
st = gc.get_stats()
print(len(st), [sorted(s.keys()) for s in st])
before = [s["collections"] for s in st]
gc.collect(0); gc.collect(1); gc.collect(2)
after = [s["collections"] for s in gc.get_stats()]
print([a - b for a, b in zip(after, before)])
class C: pass
c = C(); c.c = c; del c
b2 = gc.get_stats()[2]["collected"]
gc.collect()
print(gc.get_stats()[2]["collected"] - b2)
print(gc.get_stats()[0]["uncollectable"])
