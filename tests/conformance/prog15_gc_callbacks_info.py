import gc

events = []
def cb(phase, info):
    events.append((phase, info["generation"], sorted(info)))

gc.callbacks.append(cb)
class N:
    def __init__(self):
        self.me = self
for _ in range(5):
    N()
gc.collect()
gc.collect(1)
gc.collect(0)
for e in events[:]:  # a copy: under --gc-stress every allocation collects and cb appends
    print(e)
events.clear()

def cb2(phase, info):
    if phase == "stop":
        print("stop gen", info["generation"], "collected", info["collected"], "uncollectable", info["uncollectable"])
    else:
        print("start gen", info["generation"], info["collected"], info["uncollectable"])
gc.callbacks.append(cb2)
x = N(); del x
gc.collect()
gc.callbacks.remove(cb2)
gc.callbacks.remove(cb)
print(gc.callbacks)

def bad(phase, info):
    raise ValueError("cb error " + phase)
gc.callbacks.append(bad)
gc.collect()
gc.callbacks.clear()
print("cleared")

def collects_in_cb(phase, info):
    print("phase", phase)
gc.callbacks.append(collects_in_cb)
print(gc.collect(2))
gc.callbacks.pop()
