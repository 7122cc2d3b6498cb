import gc
gc.collect()
gc.set_threshold(10, 2, 2)

class Step:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        print("  Step del", self.i)

def gen(i):
    s = Step(i)
    yield s

for i in range(8):
    print("iter", i)
    g = gen(i)
    next(g)
    g.self = None if False else g.gi_frame
    box = [g]
    box.append(box)
del g, box
gc.collect()
gc.set_threshold(700, 10, 10)
print("end")
