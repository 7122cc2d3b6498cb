# Tuple free lists (Objects/tupleobject.c): one per size 1..19, 2000 each;
# a freed tuple of size 20 is kept but never reused (3.11.7's
# maybe_freelist_push/pop bounds), larger ones are really freed; the empty
# tuple is a singleton and never counted.
import gc

gc.disable()
for n in (0, 1, 2, 3, 19, 20, 21):
    gc.collect()
    c0 = gc.get_count()[0]
    for i in range(5):
        t = tuple(range(n))
    del t
    print(n, gc.get_count()[0] - c0)
gc.collect()
c0 = gc.get_count()[0]
pairs = [(i, i) for i in range(10)]
print("10 pairs:", gc.get_count()[0] - c0)
del pairs
print("freed:", gc.get_count()[0] - c0)
pairs = [(i, -i) for i in range(12)]
print("12 pairs (10 reused):", gc.get_count()[0] - c0)
triples = [(i, i, i) for i in range(3)]
print("3 triples:", gc.get_count()[0] - c0)
