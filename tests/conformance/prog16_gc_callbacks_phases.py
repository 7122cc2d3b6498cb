import gc
events = []
def cb(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))
gc.callbacks.append(cb)
class C: pass
a = C(); a.me = a
del a
gc.collect()
gc.collect(1)
gc.callbacks.remove(cb)
print([e for e in events])
def bad(phase, info):
    raise ValueError("cb fails " + phase)
gc.callbacks.append(bad)
gc.collect()
gc.callbacks.clear()
print("after bad cb")
def collecting_cb(phase, info):
    if phase == "start":
        print("inner collect", gc.collect())
gc.callbacks.append(collecting_cb)
gc.collect()
gc.callbacks.clear()
print(sorted(info_keys for info_keys in ["generation", "collected", "uncollectable"]))
