# Starred assignment targets collect the rest of an unpacked iterable into a
# list; with too few items the error counts the required ones.
# CPython: ceval.c UNPACK_EX (unpack_iterable).
a, *b = [1, 2, 3]
print(a, b)
*c, d = "xyz"
print(c, d)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
[p, *q, r] = range(5)
print(p, q, r)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
first, *middle, last = (n * n for n in range(4))
print(first, middle, last)
