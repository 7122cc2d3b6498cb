# A priority scheduler: order=True dataclass jobs with a tie-breaking
# itertools.count in a heapq, a WeakValueDictionary index that forgets jobs
# as they are popped and die (__del__ order), nsmallest, and heapq.merge of
# sorted lists and infinite counters.
import heapq, itertools, weakref
from dataclasses import dataclass, field
@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    def __del__(self): print("job done:", self.name)
class Scheduler:
    def __init__(self):
        self._heap = []
        self._counter = itertools.count()
        self._index = weakref.WeakValueDictionary()
    def add(self, name, priority):
        job = Job(priority, next(self._counter), name)
        heapq.heappush(self._heap, job)
        self._index[name] = job
    def pop(self):
        return heapq.heappop(self._heap)
    def pending(self): return sorted(self._index)
s = Scheduler()
for name, pr in [("write", 2), ("read", 1), ("sync", 3), ("log", 1)]:
    s.add(name, pr)
print(s.pending(), [j.name for j in heapq.nsmallest(2, s._heap)])
j = s.pop(); print("popped", j.name); del j
print(s.pending())
while s._heap:
    print("run", s.pop().name)
print(s.pending())
merged = list(heapq.merge([1, 5, 9], [2, 6], [0, 10]))
print(merged, heapq.nlargest(2, merged), list(itertools.islice(heapq.merge(itertools.count(0, 3), itertools.count(1, 3)), 6)))
