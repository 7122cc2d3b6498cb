"""Builtins stored as class attributes keep working through instances (they do not bind)."""
import heapq
import operator
import time
import math
import functools


class TaskQueue:
    push = heapq.heappush
    pop = heapq.heappop
    key = operator.itemgetter(0)
    combine = operator.add
    clock = time.perf_counter
    sqrt = math.sqrt
    fold = functools.reduce

    def __init__(self):
        self.items = []

    def add(self, prio, name):
        self.push(self.items, (prio, name))

    def take(self):
        return self.pop(self.items)

    def total(self):
        return self.fold(self.combine, (p for p, _ in self.items), 0)


q = TaskQueue()
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (5, "ship")]:
    q.add(prio, name)
print("total priority:", q.total(), "root:", q.sqrt(16), "clock:", isinstance(q.clock(), float))
print("order:", [q.take()[1] for _ in range(len(q.items))])
print(TaskQueue.push, TaskQueue().combine, TaskQueue.__dict__["pop"])
print(q.combine(2, 3), TaskQueue.combine(4, 5), q.key((9, "x")))


class Sorter:
    lt = operator.lt

    def __lt__(self, other):
        return NotImplemented


print(Sorter().lt(1, 2))
try:
    q.push([], 1, 2)
except TypeError as e:
    print("TypeError:", e)
