import gc

def bad(phase, info):
    if phase == "start":
        raise ValueError("callback boom")

def good(phase, info):
    print("good", phase, info["generation"])

gc.collect()
gc.callbacks.extend([bad, good])
print("collect ->", gc.collect(2))
gc.callbacks[:] = []
print("end")
