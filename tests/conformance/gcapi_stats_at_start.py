# gc.get_stats() as a script sees it: CPython's start-up figures at the first
# statement, then the collections and objects found that a program's own
# collections add (explicit gc.collect of each generation).
import gc
before = gc.get_stats()
print([sorted(s.items()) for s in before])
class C:
    def __init__(self): self.me = self
for i in range(3):
    C()
gc.collect()
after = gc.get_stats()
print([a["collections"] - b["collections"] for a, b in zip(after, before)])
print([a["collected"] - b["collected"] for a, b in zip(after, before)])
gc.collect(0); gc.collect(1)
print([s["collections"] - b["collections"] for s, b in zip(gc.get_stats(), before)])
