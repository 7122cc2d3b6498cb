import gc

class Node:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self):
        print("Node del", self.n)

seen = []
def cb(phase, info):
    if phase == "stop":
        seen.append((info["collected"] > 0, len(gc.garbage)))

gc.disable()
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
gc.callbacks.append(cb)
Node(1)
gc.collect()
print(seen)
print([o.n for o in gc.garbage if isinstance(o, Node)])
gc.set_debug(0)
gc.callbacks.remove(cb)
for o in gc.garbage:
    if isinstance(o, Node):
        o.me = None
gc.garbage.clear()
print("garbage cleared")
gc.enable()
print("end")
