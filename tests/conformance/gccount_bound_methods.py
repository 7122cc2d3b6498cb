# obj.method() makes no bound method (LOAD_METHOD), on instances and on
# builtin objects alike; keeping obj.method makes one, which is counted.
import gc
gc.disable()  # only the counts: no automatic collection

class Counter:
    def __init__(self):
        self.n = 0
    def bump(self):
        self.n += 1

c = Counter()
items = []
gc.collect()
r = [gc.get_count()[0]]
for i in range(10):
    c.bump()
    items.append(i)
r.append(gc.get_count()[0])
bumps = [c.bump for i in range(3)]
r.append(gc.get_count()[0])
appends = [items.append for i in range(3)]
r.append(gc.get_count()[0])
print(c.n, [x - r[0] for x in r])
