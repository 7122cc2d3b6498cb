# queue.Queue, LifoQueue and PriorityQueue in one thread: FIFO/LIFO/priority
# order, maxsize with put_nowait/Full, get_nowait/Empty, qsize/empty/full,
# task_done/join bookkeeping and the ValueError of a task_done too many.
import queue

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.maxsize)
print([q.get() for _ in range(3)], q.qsize())
q.put_nowait("x")
print(q.get_nowait(), q.get(), q.get(block=False), q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), type(e), type(e).__module__, type(e).__qualname__)

b = queue.Queue(maxsize=2)
b.put("a")
b.put("b", block=False)
print(b.full(), b.qsize())
try:
    b.put_nowait("c")
except queue.Full as e:
    print("Full", repr(e), type(e))
try:
    b.put("c", block=False, timeout=-5)
except queue.Full:
    print("Full ignores the timeout when not blocking")
try:
    b.put("c", timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    queue.Queue().get(timeout=-0.5)
except ValueError as e:
    print("ValueError:", e)
print(b.get(), b.full())

lifo = queue.LifoQueue()
for w in "abc":
    lifo.put(w)
print([lifo.get() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also high")]:
    pq.put(item)
out = []
while not pq.empty():
    out.append(pq.get_nowait())
print(out)

t = queue.Queue()
t.put(1); t.put(2)
print("unfinished", t.unfinished_tasks)
t.get(); t.task_done()
t.get(); t.task_done()
t.join()
print("joined", t.unfinished_tasks)
try:
    t.task_done()
except ValueError as e:
    print("ValueError:", e)

print(isinstance(q.queue, __import__("collections").deque), type(pq.queue), type(lifo.queue))
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Queue[int], queue.SimpleQueue[str])
print(sorted(queue.__all__))
print([n for n in dir(queue) if not n.startswith('__')])
print(queue.Queue.__mro__)
