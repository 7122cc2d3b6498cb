# An uncaught SystemExit sets the exit status from its code; a non-int code
# is printed on stderr and gives status 1.
# CPython: pythonrun.c _Py_HandleSystemExit.
import sys
print("before exit")
sys.exit("bye")
