"""A bounded buffer built on Condition with an RLock; producers and consumers."""
import threading


class BoundedBuffer:
    def __init__(self, cap):
        self.cap = cap
        self.items = []
        self.lock = threading.RLock()
        self.not_full = threading.Condition(self.lock)
        self.not_empty = threading.Condition(self.lock)

    def put(self, x):
        with self.not_full:
            while len(self.items) >= self.cap:
                self.not_full.wait()
            self.items.append(x)
            self.not_empty.notify()

    def get(self):
        with self.not_empty:
            while not self.items:
                self.not_empty.wait()
            x = self.items.pop(0)
            self.not_full.notify()
            return x


buf = BoundedBuffer(2)
consumed = []


def producer(base):
    for i in range(5):
        buf.put(base + i)


def consumer(n):
    for _ in range(n):
        consumed.append(buf.get())


cs = [threading.Thread(target=consumer, args=(5,)) for _ in range(2)]
ps = [threading.Thread(target=producer, args=(b,)) for b in (100, 200)]
for t in cs + ps:
    t.start()
for t in cs + ps:
    t.join()
print(sorted(consumed), len(consumed))
print(buf.items, repr(buf.lock)[:30])
