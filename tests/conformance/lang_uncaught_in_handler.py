# An exception raised inside an except block (here a KeyError while handling a
# ValueError) is uncaught: exit status 1; the handler's earlier prints stay.
# CPython: pythonrun.c PyErr_Print (exit status 1).
data = {"a": 1}
try:
    int("x1")
except ValueError as e:
    print("handling:", e)
    print("looking up a missing key")
    print(data["b"])
print("not reached")
