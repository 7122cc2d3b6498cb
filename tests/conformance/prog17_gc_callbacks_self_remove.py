import gc

calls = []
def once(phase, info):
    calls.append(("once", phase))
    if phase == "stop":
        gc.callbacks.remove(once)

def adder(phase, info):
    calls.append(("adder", phase))
    if phase == "start" and late not in gc.callbacks:
        gc.callbacks.append(late)

def late(phase, info):
    calls.append(("late", phase))

gc.disable()
gc.collect()
gc.callbacks[:] = [once, adder]
gc.collect()
print(calls)
calls.clear()
gc.collect()
print(calls)
gc.callbacks.clear()
gc.enable()
print("end")
