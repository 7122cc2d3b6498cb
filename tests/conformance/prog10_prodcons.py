"""Producer/consumer with queue.Queue and threading: consumer started first."""
import queue
import threading

q = queue.Queue()
results = []
lock = threading.Lock()


def consumer(name):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            results.append((name, item * item))
        q.task_done()


def producer(n):
    for i in range(n):
        q.put(i)
    q.put(None)


c = threading.Thread(target=consumer, args=("c1",))
c.start()
p = threading.Thread(target=producer, args=(6,))
p.start()
p.join()
c.join()
q.join()
print(sorted(x for _, x in results))
print(len(results), q.empty(), q.qsize())
print(c.is_alive(), p.is_alive())
