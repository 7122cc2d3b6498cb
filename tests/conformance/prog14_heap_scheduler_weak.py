import heapq
import itertools
import weakref
import gc

class Job:
    def __init__(self, name, prio):
        self.name = name
        self.prio = prio
    def __del__(self):
        print("job freed", self.name)

class Scheduler:
    def __init__(self):
        self._heap = []
        self._count = itertools.count()
        self._index = weakref.WeakValueDictionary()
    def add(self, job):
        heapq.heappush(self._heap, (job.prio, next(self._count), weakref.ref(job)))
        self._index[job.name] = job
    def pop(self):
        while self._heap:
            prio, _, ref = heapq.heappop(self._heap)
            job = ref()
            if job is not None:
                return job
            print("skipping dead entry prio", prio)
        return None

s = Scheduler()
jobs = [Job(n, p) for n, p in [("backup", 3), ("email", 1), ("index", 2), ("report", 1)]]
for j in jobs:
    s.add(j)
print(sorted(s._index))
del jobs[1]
print("email cancelled")
while (j := s.pop()) is not None:
    print("run", j.name)
    jobs.remove(j)
    del j
print("left", jobs, sorted(s._index))
print(heapq.nsmallest(2, [5, 1, 4, 2]), heapq.nlargest(1, [5, 1, 4]))
h = [3, 1, 2]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 9), h)
print(list(heapq.merge([1, 4], [2, 3])))
