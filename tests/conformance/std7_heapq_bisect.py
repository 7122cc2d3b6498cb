# heapq (push/pop/pushpop/replace/heapify, nlargest/nsmallest with key,
# merge with key and reverse, a priority queue of objects with __lt__, and
# the errors) and bisect (bisect/insort left and right, lo/hi, key=, a
# grades table, the negative lo ValueError).
import heapq, bisect
h = []
for x in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
data = [9, 4, 7, 1, 8]
heapq.heapify(data); print(data)
print(heapq.nlargest(3, [1, 8, 2, 9, 3]), heapq.nsmallest(2, [1, 8, 2, 9, 3], key=lambda x: -x))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0])), list(heapq.merge(['c', 'a'], ['b'], key=str.upper, reverse=True)))
class Task:
    def __init__(self, p, n): self.p = p; self.n = n
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return f"T{self.n}"
q = []
for p, n in [(3, 'c'), (1, 'a'), (2, 'b')]:
    heapq.heappush(q, Task(p, n))
print([heapq.heappop(q) for _ in range(3)])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
try:
    heapq.heappush([], 1, 2)
except TypeError as e:
    print("TypeError", e)
a = [1, 2, 4, 4, 8]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 4, 0, 3))
bisect.insort(a, 5); bisect.insort_left(a, 0); print(a)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89]])
recs = [(1, 'a'), (3, 'c'), (5, 'e')]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]))
bisect.insort(recs, (4, 'd'), key=lambda r: r[0]); print(recs)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print("ValueError", e)
try:
    heapq.heappush(q, 1); heapq.heappush(q, 'a')
except TypeError as e:
    print("TypeError", e)
