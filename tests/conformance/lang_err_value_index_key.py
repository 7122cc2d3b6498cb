# Exact messages of ValueError, IndexError, KeyError and ZeroDivisionError
# raised by builtins: int() parsing, list.remove, empty min/max, range step 0,
# list/tuple/string indexing, pop from empty, dict and set lookups, // and %.
# CPython: longobject.c, listobject.c, bltinmodule.c min_max, dictobject.c.
attempts = [
    lambda: int("abc"),
    lambda: int(""),
    lambda: [1].remove(2),
    lambda: min([]),
    lambda: max([]),
    lambda: range(1, 2, 0),
    lambda: [1, 2][5],
    lambda: (1,)[-2],
    lambda: "ab"[2],
    lambda: [].pop(),
    lambda: [1].pop(3),
    lambda: {"a": 1}["b"],
    lambda: {}.pop("k"),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: next(iter([])),
]
for f in attempts:
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
lst = [1, 2]
try:
    lst[2] = 3
except IndexError as e:
    print("assignment:", e)
