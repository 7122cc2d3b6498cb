# Generator pipelines as a teacher writes them: take/double/source with finally
# and except GeneratorExit, closing order when the consumer stops early, a
# suspended generator in a cycle finalized by gc.collect() (PEP 442), return
# values through StopIteration.value and yield from, gi_running/gi_frame.
# CPython: Objects/genobject.c gen_close/_PyGen_Finalize, Python/ceval.c.
import gc
def source(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("source done")

def double(it):
    try:
        for x in it:
            yield x * 2
    except GeneratorExit:
        print("double closed")
        raise
    finally:
        print("double finally")

def take(it, k):
    for i, x in enumerate(it):
        if i >= k:
            return
        yield x

p = take(double(source(10)), 3)
print(list(p))
print("---")
g = double(source(5))
print(next(g), next(g))
class Holder: pass
h = Holder(); h.g = g; h.self = h
g2 = g
del g, h, g2
print("collect", gc.collect() > 0)
def gen_with_return():
    x = yield 1
    print("got", x)
    return x * 10
g = gen_with_return()
next(g)
try:
    g.send(4)
except StopIteration as e:
    print("stop", e.value, e.args)
def deleg():
    r = yield from gen_with_return()
    print("r =", r)
    yield r
d = deleg()
print(next(d)); print(d.send(7))
print(d.gi_running, d.gi_frame is not None)
d.close(); print(d.gi_frame)
