import gc, traceback

class Probe:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        print("  Probe del", self.i)

def deep(i, n):
    p = Probe((i, n))
    if n == 0:
        raise RuntimeError(i)
    deep(i, n - 1)

saved = []
gc.collect()
gc.set_threshold(12, 10, 10)
for i in range(4):
    print("iter", i)
    try:
        deep(i, 1)
    except RuntimeError as e:
        saved.append(e)
        lines = traceback.format_exception_only(type(e), e)
    if len(saved) > 1:
        old = saved.pop(0)
        old.__traceback__.tb_frame.f_locals
        old.me = old
        del old
gc.collect()
gc.set_threshold(700, 10, 10)
print("end")
