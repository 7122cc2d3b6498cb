# bisect's functions are Python code when the _bisect accelerator cannot be
# imported (as in CPython's Lib/bisect.py), and C functions otherwise; both
# give the same answers, keys and errors.
import sys

import bisect as c_bisect

saved = sys.modules.pop('bisect')
sys.modules['_bisect'] = None
try:
    import bisect as py_bisect
finally:
    del sys.modules['_bisect']
    sys.modules['bisect'] = saved

print(py_bisect is c_bisect, type(py_bisect.bisect_left).__name__, py_bisect.bisect_left.__module__, c_bisect.bisect_left.__module__)
print(py_bisect.bisect is py_bisect.bisect_right, py_bisect.insort is py_bisect.insort_right)

data = [1, 2, 2, 2, 5, 8, 13]
for mod in (py_bisect, c_bisect):
    print([mod.bisect_left(data, x) for x in (0, 2, 3, 13, 20)],
          [mod.bisect_right(data, x) for x in (0, 2, 3, 13, 20)],
          mod.bisect_left(data, 2, 2), mod.bisect_right(data, 2, 0, 3))
    records = [('a', 1), ('b', 4), ('c', 9)]
    print(mod.bisect_left(records, 4, key=lambda r: r[1]), mod.bisect(records, 4, key=lambda r: r[1]))
    out = []
    for x in (5, 1, 3, 3, 9):
        mod.insort(out, x)
    mod.insort_left(out, 3)
    mod.insort_right(records, ('z', 4), key=lambda r: r[1])
    print(out, records)
    try:
        mod.bisect_left(data, 1, -1)
    except ValueError as e:
        print('ValueError:', e)
    try:
        mod.insort(None, 1)
    except TypeError as e:
        print('TypeError:', type(e).__name__)
