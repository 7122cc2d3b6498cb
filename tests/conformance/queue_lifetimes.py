# Lifetimes of queued objects: a queue keeps its items alive until get()
# hands them out; the item dies when the caller drops it; a queue dropped
# with items inside releases them in storage order (deque front to back,
# a heap list in index order); weak references to jobs in a priority queue
# scheduler go dead the moment a job has been run and dropped.
import queue, weakref, gc

class Job:
    def __init__(self, name, prio):
        self.name = name
        self.prio = prio
    def __lt__(self, other):
        return self.prio < other.prio
    def __repr__(self):
        return f"Job({self.name!r}, {self.prio})"
    def __del__(self):
        print("  del", self.name)

q = queue.Queue()
for n in ("a", "b", "c"):
    q.put(Job(n, 0))
print("got", q.get())
print("after get")
job = q.get()
print("holding", job)
del job
print("dropping the queue")
del q
print("queue gone")

pq = queue.PriorityQueue()
refs = {}
for name, prio in [("backup", 5), ("email", 1), ("report", 3), ("cleanup", 4), ("alert", 0)]:
    j = Job(name, prio)
    refs[name] = weakref.ref(j)
    pq.put(j)
del j
print("storage", [x.name for x in pq.queue])
while pq.qsize() > 2:
    job = pq.get()
    print("run", job.name, "alive:", sorted(k for k, r in refs.items() if r() is not None))
    del job
print("left", pq.qsize())
print("drop the priority queue")
pq = None
print("alive:", sorted(k for k, r in refs.items() if r() is not None))

lq = queue.LifoQueue()
lq.put(Job("first", 0)); lq.put(Job("second", 0))
print("lifo get", lq.get())
print("clear lifo")
lq.queue.clear()
print("cleared")

# A job that holds its own queue: a cycle the collector frees.
cq = queue.Queue()
j = Job("cyclic", 0)
j.home = cq
cq.put(j)
del j, cq
print("before collect")
n = gc.collect()
print("collected something:", n > 0)
