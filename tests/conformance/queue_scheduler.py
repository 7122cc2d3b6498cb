# A small single-threaded task scheduler on queue.PriorityQueue with
# (time, seq, task) entries, tasks registered in a WeakValueDictionary;
# tasks reschedule themselves, finished tasks die and leave the registry.
import queue, weakref, itertools

class Task:
    def __init__(self, name, runs):
        self.name = name
        self.runs = runs
    def step(self, now):
        self.runs -= 1
        print(f"t={now:>2} {self.name} (left {self.runs})")
        return self.runs > 0
    def __del__(self):
        print(f"   {self.name} finished and freed")

registry = weakref.WeakValueDictionary()
agenda = queue.PriorityQueue()
seq = itertools.count()

def schedule(t, task):
    registry[task.name] = task
    agenda.put((t, next(seq), task))

schedule(0, Task("poll", 3))
schedule(1, Task("tick", 2))
schedule(5, Task("once", 1))

while not agenda.empty():
    now, _, task = agenda.get()
    if task.step(now):
        agenda.put((now + 2, next(seq), task))
    task = None
    print("   registry:", sorted(registry.keys()), "pending:", agenda.qsize())
print("done", agenda.unfinished_tasks)

# Bounded work queue with producer/consumer turns.
work = queue.Queue(maxsize=3)
produced = consumed = 0
for turn in range(4):
    while not work.full():
        work.put(f"item{produced}")
        produced += 1
    taken = [work.get() for _ in range(2)]
    for _ in taken:
        work.task_done()
    consumed += len(taken)
    print(turn, taken, work.qsize(), work.unfinished_tasks)
print(produced, consumed)
