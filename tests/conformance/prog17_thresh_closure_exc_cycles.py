import gc
gc.collect()

class Mark:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        print("  Mark del", self.i)

def make(i):
    m = Mark(i)
    def f():
        return f, m
    return f

def fail(i):
    m = Mark(100 + i)
    try:
        raise ValueError(i)
    except ValueError as e:
        return e

gc.collect()
gc.set_threshold(6, 10, 10)
for i in range(5):
    print("iter", i)
    make(i)
    err = fail(i)
    err.__traceback__.tb_frame.f_locals
    err.keep = err
del err
gc.collect()
gc.set_threshold(700, 10, 10)
print("end")
