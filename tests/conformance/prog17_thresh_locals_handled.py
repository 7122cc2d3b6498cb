import gc

class Probe:
    def __init__(self, i):
        self.i = i
        self.me = self
    def __del__(self):
        print("  Probe del", self.i)

def inside_handler(i):
    try:
        raise ValueError(i)
    except ValueError:
        a = Probe(i)
        b = c = None
        del b, c
        return sorted(locals())

gc.collect()
gc.set_threshold(5, 10, 10)
for i in range(6):
    print("iter", i, inside_handler(i))
gc.collect()
gc.set_threshold(700, 10, 10)
print("end")
