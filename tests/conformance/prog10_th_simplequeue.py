"""A SimpleQueue consumer thread started before anything is put; timeouts on an empty queue."""
import queue, threading
sq = queue.SimpleQueue()
out = []
def cons():
    while True:
        x = sq.get()
        if x is None:
            break
        out.append(x)
t = threading.Thread(target=cons); t.start()
for i in range(3):
    sq.put(i)
sq.put(None)
t.join()
print(out)
try:
    sq.get(timeout=0.5)
except queue.Empty:
    print("empty")
try:
    sq.get(block=False)
except queue.Empty:
    print("empty2")
