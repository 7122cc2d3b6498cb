import heapq

class Job:
    def __init__(self, pri, name):
        self.pri = pri; self.name = name
    def __lt__(self, other):
        return self.pri < other.pri
    def __del__(self):
        print("Job del", self.name)

h = []
for pri, name in [(3, "c"), (1, "a"), (2, "b"), (5, "e")]:
    heapq.heappush(h, Job(pri, name))
print("popped", heapq.heappop(h).name)
j = heapq.heappushpop(h, Job(0, "z"))
print("pushpop returned", j.name)
del j
print(heapq.heapreplace(h, Job(4, "d")).name)
print([x.name for x in sorted(h)])
del h[1:]
print("end")
