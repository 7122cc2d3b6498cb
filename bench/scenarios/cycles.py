# Build N two-object cycles, drop them, and collect them with one gc.collect().
import gc

gc.disable()
N = 100000


class Node:
    pass


for i in range(N):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
del a, b
print("collected", gc.collect() >= 2 * N)
