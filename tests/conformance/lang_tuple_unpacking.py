# Tuple and list targets: swapping, nested targets, unpacking strings, lists
# and user iterables, targets that are attributes or subscripts, and the
# ValueError messages for a wrong number of values.
# CPython: ceval.c UNPACK_SEQUENCE/unpack_iterable.
class Point:
    pass


class Three:
    def __iter__(self):
        return iter([7, 8, 9])


a, b = 1, 2
a, b = b, a
print("swap:", a, b)
(p, q), r = [10, 20], 30
print("nested:", p, q, r)
[s, t] = "hi"
print("list target from a string:", s, t)
x, y, z = Three()
print("from __iter__:", x, y, z)
pt = Point()
d = {}
pt.x, d["k"], lst = 1, 2, [3]
print("attribute/subscript targets:", pt.x, d, lst)
lst[0], pt.x = pt.x, lst[0]
print("swap through targets:", lst, pt.x)
for k, v in [("one", 1), ("two", 2)]:
    print("loop unpack:", k, v)
for attempt in [(1, 2, 3), (1,), "abcd"]:
    try:
        m, n = attempt
        print("ok", m, n)
    except ValueError as e:
        print("ValueError:", e)
try:
    m, n, o = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    m, n = 5
except TypeError as e:
    print("TypeError:", e)
single = 1,
print("one-element tuple:", single, len(single))
