# The sys module subset: sys.stderr.write goes to standard error (not compared,
# never mixed into stdout) and returns the number of characters written;
# sys.getrefcount returns an int (its value is never printed).
# CPython: Python/sysmodule.c sys_getrefcount, io TextIOWrapper.write.
import sys

print("before stderr write")
n = sys.stderr.write("this line goes to stderr\n")
print("write returned", n)
x = []
print("getrefcount gives an int:", isinstance(sys.getrefcount(x), int), "| at least 1:", sys.getrefcount(x) >= 1)
sys.stderr.write("another stderr line\n")
print("after stderr writes")
