# A failing assert that nobody catches ends the script: exit status 1, the
# AssertionError traceback goes to stderr, stdout has the lines before it.
# CPython: pythonrun.c PyErr_Print (exit status 1).
total = 0
for n in [1, 2, 3]:
    total += n
    print("running total", total)
assert total == 6, "sum is wrong"
print("first assert passed")
assert total > 10, "total too small"
print("not reached")
