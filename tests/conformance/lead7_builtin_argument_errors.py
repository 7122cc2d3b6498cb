# int()/float() check their argument count first (long_new's clinic, float_new), str.join
# of a non-iterable says 'can only join an iterable' (PySequence_Fast), and
# list.sort/sorted take reverse as a C int (bool(accept={int})).
for args in [(1, 2, 3), ("C", (1,), {}), ("12", 10, 1)]:
    try:
        print(int(*args))
    except TypeError as e:
        print(e)
for args in [(1, 2), ("1.5", 2)]:
    try:
        print(float(*args))
    except TypeError as e:
        print(e)
try:
    class C(1): pass
except TypeError as e:
    print(e)
for thunk in [lambda: "x".join(1), lambda: "".join(None), lambda: sorted([3, 1], reverse="x"), lambda: [3, 1].sort(reverse=1.5), lambda: sorted([3, 1], reverse=None)]:
    try:
        print(thunk())
    except TypeError as e:
        print(e)
print(sorted([1,3,2], reverse=True), sorted([1,3,2], reverse=0), sorted([1,2], reverse=False))
l=[3,1,2]
try: l.sort(reverse=2**40)
except OverflowError as e: print(e, l)
print("-".join(x for x in "abc"), "".join({"a":1}), ",".join(["x"]))
for a, k in [((), {"x": 1}), (("1",), {"base": 10, "y": 2}), (("1", 10), {"base": 10}), (("1",), {"foo": 1})]:
    try: print(int(*a, **k))
    except TypeError as e: print(e)
try: float(x=1)
except TypeError as e: print(e)
