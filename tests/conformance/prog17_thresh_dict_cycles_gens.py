import gc
gc.collect()
log = []

def cb(phase, info):
    if phase == "stop":
        log.append((info["generation"], info["collected"]))

class Obj:
    pass
gc.collect()
gc.set_threshold(4, 3, 2)
gc.callbacks.append(cb)
for i in range(30):
    d = {"i": i}
    d["self"] = d
    o = Obj()
    o.o = o
del d, o
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(log)
print("generations used:", sorted(set(g for g, _ in log)))
