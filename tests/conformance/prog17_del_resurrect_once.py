import gc

saved = []

class Phoenix:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("Phoenix del", self.n)
        saved.append(self)

p = Phoenix(1)
del p
print("saved", [s.n for s in saved])
saved.clear()
print("cleared once: __del__ not called again")

q = Phoenix(2)
q.me = q
del q
gc.collect()
print("saved", [s.n for s in saved])
s = saved.pop()
del s
gc.collect()
print("after second drop")
print("garbage", gc.garbage)
