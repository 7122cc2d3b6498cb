# perf15: generator expressions and generator functions on the flat drivers (GenexpRun,
# GeneratorRun), consumers stepping builtin iterators, positional calls filling defaults:
# deaths, throw/close, for/while/else, break/continue/return, traces, tracebacks.
import gc, sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __iter__(self): return iter([self.n, self.n + 1])
g = (x * y for x in D(1) for y in D(10))
print(next(g), next(g))
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("caught", e)
print(g.gi_frame)
g = (x for x in D(5))
try:
    g.throw(KeyError("early"))
except KeyError as e:
    print("early", e)
print(list(g))
g = (x for x in D(7) if x > 7)
print(next(g))
g.close()
print("closed", g.gi_running, g.gi_frame)
def f():
    g = (1 / (x - 2) for x in range(5))
    return list(g)
try:
    f()
except ZeroDivisionError as e:
    print("zde", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
g = (x for x in range(3))
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals))
next(g)
print(sorted(g.gi_frame.f_locals))
print(sum(x for x in range(10)), max(x % 7 for x in range(20)), "".join(str(i) for i in range(5)))
print(tuple(i for i in range(3)), sorted(-i for i in range(4)), any(i > 2 for i in range(5)), all(i < 2 for i in [0, 1, 2]))
g = (y for x in [[1, 2], [], [3]] for y in x)
print(list(g))
g = (x for x in [D(20), D(21)])
next(g)
del g
gc.collect()
print("tb")
def h():
    return list(x[0] for x in [[1], []])
try:
    h()
except IndexError as e:
    tb = sys.exc_info()[2]
    while tb: print(tb.tb_frame.f_code.co_name, tb.tb_lineno); tb = tb.tb_next
it = iter([1,2,3])
g = (a for a in it)
print(next(g), list(it), list(g))
g = (i for i in range(3))
print(g.send(None))
try: g.send(5)
except Exception as e: print(type(e))
print(list(g))
def gen_in_gen():
    yield from (i*i for i in range(4))
print(list(gen_in_gen()))
g = (x for x in range(2))
print(list(g), list(g))
try:
    next(g)
except StopIteration:
    print("stop")
t = [1, 2, 3]
print(t[0], t[2], (4, 5)[1], t[-1])
try: t[3]
except IndexError as e: print(e)
class L(list):
    def __getitem__(self, i): return "sub"
print(L([1])[0])
class K:
    def __del__(self): print("del K")
def f(a, b=2, c=[]):
    c.append(a)
    return a + b, len(c), sys.getrefcount(c)
print(f(1), f(1, 5), f(1, 2, [9]))
def g(a, b=K()):
    return a
print(g(1))
g.__defaults__ = (3,)
print(g(1), g(2, 4))
def h(a, b=1, *, c=2): return a + b + c
print(h(1), h(1, 2))
def m(x=1, y=2, z=3, w=4): return x + y + z + w
print(m(), m(10), m(10, 20, 30), m(1, 2, 3, 4))
try: m(1, 2, 3, 4, 5)
except TypeError as e: print(e)
def n(a, b, c=1): return a
try: n(1)
except TypeError as e: print(e)
class C:
    def meth(self, a, b=7): return a + b
    def __init__(self, x, y=0): self.v = x + y
c = C(1)
print(c.meth(1), c.meth(1, 1), c.v, C(1, 2).v)
def gen(n=3):
    yield from range(n)
print(list(gen()), list(gen(2)))
def clos(a, b=5):
    def inner(): return a + b
    return inner()
print(clos(1))
del g
print("end")
