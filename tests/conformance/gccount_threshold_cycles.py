# Automatic collections of a loop that makes reference cycles: with the
# free lists reusing the loop's lists, the collections fall at the same
# iterations as in CPython; gc.callbacks records each one's generation and
# what it collected.
import gc

class Node:
    pass

events = []
def record(phase, info):
    if phase == "stop":
        events.append((info["generation"], info["collected"]))

gc.collect()
gc.set_threshold(100, 3, 3)
gc.callbacks.append(record)
keep = []
for i in range(400):
    a = Node(); b = Node(); a.other = b; b.other = a
    keep.append([i])
    if i % 50 == 0:
        print(i, gc.get_count())
gc.callbacks.remove(record)
print(len(events), "automatic collections")
print(events)
print(gc.get_count())
gc.set_threshold(700, 10, 10)
