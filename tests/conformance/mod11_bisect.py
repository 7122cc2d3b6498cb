# bisect re-exports _bisect (the C module): no bisect frame in a traceback out of insort.
import bisect, _bisect
a = [1, 3, 3, 5]
print(bisect.bisect(a, 3), bisect.bisect_left(a, 3), bisect.bisect_right(a, 3, 0, 2))
bisect.insort(a, 4); bisect.insort_left(a, 0); print(a)
print(bisect.bisect_left(a, 4, key=lambda x: x), bisect.bisect is bisect.bisect_right, bisect.bisect_left is _bisect.bisect_left)
print(bisect.bisect_left.__module__, sorted(n for n in dir(_bisect) if not n.startswith('_')))
try: bisect.bisect(a, 1, -1)
except ValueError as e: print(e)
def g():
    bisect.insort([1, 'a'], 2)
try: g()
except TypeError as e:
    import traceback
    print(e, [f.name for f in traceback.extract_tb(e.__traceback__)])
