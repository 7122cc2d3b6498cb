import gc

log = []
def cb(phase, info):
    log.append((phase, info["generation"], sorted(info)))

class C:
    def __init__(self):
        self.s = self

gc.collect()
gc.callbacks.append(cb)
C(); C()
n = gc.collect(1)
gc.callbacks.remove(cb)
for entry in log:
    print(entry)
print("collected", n)

def cb2(phase, info):
    if phase == "stop":
        print("stop: collected", info["collected"], "uncollectable", info["uncollectable"])
gc.callbacks.append(cb2)
C()
gc.collect()
gc.callbacks.clear()
gc.collect()
print("end")
