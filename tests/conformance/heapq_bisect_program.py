# heapq and bisect in programs: a priority queue of (priority, counter,
# task) tuples (each task dies when its pop's last reference goes),
# heapify/heappushpop/heapreplace/nsmallest of dataclass tasks, bisect
# grading and insort with key=, the C functions' argument errors.
import heapq, itertools, bisect, gc
from dataclasses import dataclass, field

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    def __del__(self):
        print("  finished", self.name)

counter = itertools.count()
queue = []
for prio, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "urgent2")]:
    heapq.heappush(queue, (prio, next(counter), Task(prio, name)))
print([t.name for _, _, t in sorted(queue)])
while queue:
    prio, _, task = heapq.heappop(queue)
    print("run", task.name, prio)
del task
tasks = [Task(p, f"t{p}") for p in (5, 3, 9, 1)]
heapq.heapify(tasks)
print([t.priority for t in tasks])
print(heapq.heappushpop(tasks, Task(0, "zero")).name)
top = heapq.nsmallest(2, tasks)
print([t.name for t in top])
del top
print("replace", heapq.heapreplace(tasks, Task(7, "seven")).name)
print("drop tasks")
del tasks
grades = [60, 70, 80, 90]
print([("FDCBA"[bisect.bisect(grades, s)]) for s in (33, 99, 77, 70, 89, 90, 100)])
people = [Task(1, "a"), Task(4, "b")]
bisect.insort(people, Task(3, "c"), key=lambda t: t.priority)
print([p.name for p in people], bisect.bisect_left(people, 3, key=lambda t: t.priority))
try:
    heapq.heappush([], 1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    heapq.heappop(None)
except TypeError as e:
    print("TypeError", e)
try:
    bisect.bisect([1], 1, lo=-1)
except ValueError as e:
    print("ValueError", e)
print(list(heapq.merge([1, 3], [2, 4], key=lambda x: -x, reverse=True)))
for n, a in [("heappush", (None, 1)), ("heappush", ([],)), ("heappop", ([], 1)), ("heapify", (None,)), ("heappushpop", ((), 1))]:
    try: getattr(heapq, n)(*a)
    except TypeError as e: print(n, e)
del people
print("end")
