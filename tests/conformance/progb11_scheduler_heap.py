import heapq
import itertools
from dataclasses import dataclass, field
from typing import Any

@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)
    duration: int = field(compare=False, default=1)
    deps: tuple = field(compare=False, default=())

class Scheduler:
    def __init__(self):
        self.heap = []
        self.counter = itertools.count()
        self.removed = set()
        self.done = []
    def push(self, name, priority, duration=1, deps=()):
        t = Task(priority, next(self.counter), name, duration, tuple(deps))
        heapq.heappush(self.heap, t)
        return t
    def cancel(self, name):
        self.removed.add(name)
    def run(self):
        clock = 0
        waiting = []
        while self.heap:
            t = heapq.heappop(self.heap)
            if t.name in self.removed:
                print(f"  skip {t.name} (cancelled)")
                continue
            if not all(d in self.done for d in t.deps):
                waiting.append(t)
                print(f"  defer {t.name} waiting for {[d for d in t.deps if d not in self.done]}")
                continue
            clock += t.duration
            self.done.append(t.name)
            print(f"t={clock:3} ran {t.name:<8} p={t.priority}")
            for w in waiting:
                heapq.heappush(self.heap, w)
            waiting.clear()
        return clock, [w.name for w in waiting]

s = Scheduler()
s.push("compile", 2, 5)
s.push("test", 3, 3, deps=["compile"])
s.push("lint", 1, 1)
s.push("deploy", 0, 2, deps=["test", "lint"])
s.push("docs", 5, 4)
s.push("bench", 4, 6, deps=["missing"])
s.push("spam", 1)
s.cancel("spam")
print(s.run())
print(sorted([Task(2, 1, "a"), Task(1, 5, "b"), Task(2, 0, "c")]))
nums = [5, 1, 8, 3, 9, 2, 7]
print(heapq.nsmallest(3, nums), heapq.nlargest(2, nums), heapq.nlargest(2, ["aa", "b", "cccc"], key=len))
h = nums[:]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge("adg", "beh", reverse=False)))
print([heapq.heappop(h) for _ in range(len(h))])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
