import gc

gc.collect()
gc.set_threshold(5, 10, 10)

class Node:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self):
        print("  del node", self.n)

for i in range(12):
    print("iter", i)
    Node(i)
gc.collect()
print("done")
gc.set_threshold(700, 10, 10)
