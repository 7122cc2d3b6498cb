# A non-iterable after * in a call: alone it is CALL_FUNCTION_EX's "f()
# argument after * must be an iterable" (naming the function or method);
# mixed with other positional arguments it is LIST_EXTEND's "Value after *
# must be an iterable"; and the positional arguments already evaluated die
# last first when a later argument raises (handoff from perf-s6).
class A:
    def m(self, *a): return a
def f(*a): return a
for thunk in [lambda: f(*5), lambda: f(1, *5), lambda: f(*[1], *5), lambda: f(*5, 1), lambda: A().m(*5), lambda: A().m(1, *None), lambda: f(*5, k=1), lambda: print(*3)]:
    try: thunk()
    except TypeError as e: print(e)
class T:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f(*args, **kw):
    return len(args)
def g():
    return f(T(8), *5)
try:
    g()
except TypeError as e:
    print("TypeError", e)
def boom():
    raise ValueError("x")
def z():
    return f(T(11), *[T(12), T(13)], w=boom())
try:
    z()
except ValueError:
    print("caught")
