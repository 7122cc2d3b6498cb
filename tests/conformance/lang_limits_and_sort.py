# The 4300-digit limit of int/str conversion, a format with a width and no
# argument, and a list mutated by its own sort key.
# CPython: longobject.c (_PY_LONG_MAX_STR_DIGITS_THRESHOLD), listobject.c list_sort_impl.
try:
    int("1" * 5000)
except ValueError as e:
    print(e)
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
try:
    print("%5%" % ())
except TypeError as e:
    print("TE", e)
l = [1, 2]
try:
    l.sort(key=lambda v: l.append(3) or v)
except ValueError as e:
    print(e, l)
