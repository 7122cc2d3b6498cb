import gc
gc.collect()
old = gc.get_threshold()
print("old", old)
gc.set_threshold(50, 2, 2)
print("new", gc.get_threshold())
hits = []
def cb(phase, info):
    if phase == "start":
        hits.append(info["generation"])
gc.callbacks.append(cb)
class Pair:
    def __init__(self):
        self.a = [self]
junk = []
for i in range(400):
    junk.append(Pair())
    if i % 100 == 99:
        junk.clear()
gc.callbacks.remove(cb)
print("collections happened:", len(hits) > 0, "gens seen:", sorted(set(hits)))
gc.set_threshold(*old)
print(gc.get_threshold())
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError:", e)
gc.set_threshold(700)
print(gc.get_threshold())
gc.set_threshold(0)
print("threshold 0 disables automatic:", gc.get_threshold())
gc.set_threshold(*old)
try:
    gc.set_threshold(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
