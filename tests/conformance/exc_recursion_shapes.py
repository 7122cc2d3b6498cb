# RecursionError from recursion through a lambda, a list comprehension, a
# method, __getattr__ and a try/finally: the error type and message, and
# the traceback's length with CPython's collapsing of repeated lines
# ("[Previous line repeated N more times]"), each frame counting against
# the limit of 1000 (a lambda's frame too).
import traceback

class A:
    def __getattr__(self, name):
        return self.x

def comprehension(n):
    return [comprehension(n + 1) for _ in range(1)]

g = lambda n: g(n + 1)

class B:
    def m(self, n):
        return self.m(n + 1)

def with_finally(n):
    try:
        return with_finally(n + 1)
    finally:
        pass

depth = 0
def counted(n):
    global depth
    depth = n
    return counted(n + 1)

for name, case in [('getattr', lambda: A().y), ('comprehension', lambda: comprehension(0)), ('lambda', lambda: g(0)),
                   ('method', lambda: B().m(0)), ('finally', lambda: with_finally(0)), ('counted', lambda: counted(0))]:
    try:
        case()
    except RecursionError as e:
        lines = traceback.format_exc().splitlines()
        print(name, type(e).__name__, e, len(lines))
        print('  ', [l for l in lines if 'repeated' in l])
print('deepest counted frame', depth)
