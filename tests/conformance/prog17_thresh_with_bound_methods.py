import gc

class CM:
    def __init__(self, i):
        self.i = i
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return exc[0] is KeyError

class Node:
    def __init__(self, i):
        self.i = i
        self.cb = self.method
    def method(self):
        return self.i
    def __del__(self):
        print("  Node del", self.i)

gc.collect()
gc.set_threshold(9, 10, 10)
for i in range(8):
    print("iter", i)
    n = Node(i)
    with CM(i) as cm:
        n.cb()
        if i % 2:
            raise KeyError(i)
    del n
gc.collect()
gc.set_threshold(700, 10, 10)
print("end")
