"""Consumers using iter(q.get, None) and a generator that reads a queue."""
import queue
import threading

q = queue.Queue()
out = []


def consumer():
    for item in iter(q.get, None):
        out.append(item.upper())


c = threading.Thread(target=consumer)
c.start()
for w in "alpha beta gamma".split():
    q.put(w)
q.put(None)
c.join()
print(out)

class Counter:
    def __init__(self):
        self.lock = threading.Lock()
        self.n = 0

    def bump(self, k):
        for _ in range(k):
            with self.lock:
                self.n += 1


cnt = Counter()
ts = [threading.Thread(target=cnt.bump, args=(100,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(cnt.n)
results = list(map(lambda t: t.is_alive(), ts))
print(results)
