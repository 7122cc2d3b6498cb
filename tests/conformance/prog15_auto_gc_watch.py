import gc

class Node:
    def __init__(self, i):
        self.i = i
        self.loop = self

log = []
def watch(phase, info):
    if phase == "stop":
        log.append((info["generation"], info["collected"]))

gc.collect()
gc.callbacks.append(watch)
gc.set_threshold(100, 5, 5)
survivors = []
for i in range(3000):
    n = Node(i)
    if i % 10 == 0:
        survivors.append(n)
gc.callbacks.remove(watch)
gens = [g for g, _ in log]
print("collections by generation:", gens.count(0), gens.count(1), gens.count(2))
print("total collected:", sum(c for _, c in log))
print("survivors:", len(survivors))
print("threshold:", gc.get_threshold())
gc.set_threshold(700, 10, 10)
