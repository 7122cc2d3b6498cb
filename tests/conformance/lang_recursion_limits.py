# How deep plain recursion gets before RecursionError at the default and a
# lowered limit, recursive reprs of self-containing lists and dicts,
# recursion through a lambda and through __getattr__.
import sys
def depth(n=1):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth())
sys.setrecursionlimit(200)
print(depth())
l = []; l.append(l); print(l)
d = {}; d["d"] = d; print(d)
def lam_depth():
    f = lambda n: f(n + 1) if True else 0
    try:
        f(0)
    except RecursionError as e:
        return str(e)
print(lam_depth())
class A:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    A().foo
except RecursionError as e:
    print("getattr recursion:", str(e)[:40])
sys.setrecursionlimit(1000)
sys.setrecursionlimit(1000); print(sys.getrecursionlimit())
