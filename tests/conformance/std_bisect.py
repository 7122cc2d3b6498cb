# The bisect module: bisect_left/right, insort with key=, lo/hi bounds, and
# the error for a negative lo.
import bisect
from bisect import bisect_left, insort

a = [1, 2, 2, 2, 3, 5, 8]
print(bisect.bisect(a, 2), bisect_left(a, 2), bisect.bisect_right(a, 2, 0, 3), bisect_left(a, 4, 2))
insort(a, 4)
bisect.insort_left(a, 2)
print(a)
people = [('ann', 31), ('bob', 25)]
people.sort(key=lambda p: p[1])
bisect.insort(people, ('cy', 28), key=lambda p: p[1])
print(people, bisect.bisect_left(people, 30, key=lambda p: p[1]))
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print('ValueError:', e)
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
