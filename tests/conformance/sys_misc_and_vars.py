# sys.getrecursionlimit, sys.maxsize, sys.stdout.write; vars() on an object without __dict__
import sys
print(sys.getrecursionlimit())
print(sys.stdout.write("w\n"))
print(sys.maxsize, sys.maxsize + 1)
try:
    sys.getrecursionlimit(1)
except TypeError as e:
    print(e)
class C:
    pass
c = C()
c.x = 1
print(vars(c))
class S:
    __slots__ = ("a",)
for obj in (5, "s", S()):
    try:
        vars(obj)
    except TypeError as e:
        print(type(obj).__name__, e)
