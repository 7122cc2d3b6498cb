# A small generation-0 threshold: automatic collections every few
# allocations of a loop that makes cycles; gc.callbacks sees each one.
import gc

class Node:
    def __init__(self):
        self.me = self

log = []
def cb(phase, info):
    if phase == "stop":
        log.append((info["generation"], info["collected"]))

gc.collect()
gc.set_threshold(10, 2, 2)
gc.callbacks.append(cb)
for i in range(40):
    Node()
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(log)
print(gc.get_count())
