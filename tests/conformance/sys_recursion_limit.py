# sys.setrecursionlimit: a lower limit makes deep recursion fail earlier with
# RecursionError, a higher one lets it go deeper; the argument errors; the
# limit cannot be set below the current depth; sys.intern, sys.platform.
import sys

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(sys.getrecursionlimit())
sys.setrecursionlimit(100)
print(sys.getrecursionlimit())
try:
    depth(200)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(50))
sys.setrecursionlimit(1100)
print(depth(1050))
for bad in [0, -5, "x"]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
def nested(n):
    if n == 0:
        try:
            sys.setrecursionlimit(5)
        except RecursionError as e:
            return str(e).split(" at the recursion depth")[0]
        return "set"
    return nested(n - 1)
print(nested(20))
print(sys.intern("abc") == "abc", sys.platform, sys.byteorder)
sys.setrecursionlimit(1000)
