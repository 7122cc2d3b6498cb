# Allocate and drop N two-attribute objects in a loop (refcount deaths only).
import gc

gc.disable()
N = 1000000


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b


i = 0
while i < N:
    p = P(i, i)
    i += 1
print("done", i)
