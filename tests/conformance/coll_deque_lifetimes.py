# deque lifetimes: a bounded deque used as a sliding window keeps only the
# last n items alive; popleft hands the item to the caller; clear() and
# dropping the deque release the items oldest first; a deque is weakly
# referenceable and takes part in cycles.
import gc, weakref
from collections import deque
gc.disable()

class Frame:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Frame({self.n})"
    def __del__(self):
        print("del", self)

window = deque(maxlen=2)
for i in range(4):
    window.append(Frame(i))
    print("window", list(window))
f = window.popleft()
print("popped", f)
del f
window.extend([Frame(10), Frame(11)])
print("clear:")
window.clear()

d = deque([Frame(20), Frame(21)])
r = weakref.ref(d)
d.append(d)
del d
print("cycle alive:", r() is not None)
gc.collect()
print("after collect:", r())
print("end")
