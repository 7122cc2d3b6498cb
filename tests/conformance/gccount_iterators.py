# Iterators over builtin containers (list, dict, enumerate, zip) are GC
# objects; zip() packs its arguments into a tuple (no vectorcall in 3.11).
import gc
gc.disable()  # only the counts: no automatic collection

data = [1, 2, 3]
table = {"a": 1, "b": 2}
gc.collect()
r = [gc.get_count()[0]]
for x in data:
    pass
r.append(gc.get_count()[0])
for i, x in enumerate(data):
    pass
r.append(gc.get_count()[0])
for k, v in table.items():
    pass
r.append(gc.get_count()[0])
for x, y in zip(data, data):
    pass
r.append(gc.get_count()[0])
it = iter(data)
r.append(gc.get_count()[0])
print([x - r[0] for x in r])
