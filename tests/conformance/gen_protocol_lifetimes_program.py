# Generators as people use them: next/send/throw/close, GeneratorExit and finally
# with a resource local, a pipeline's StopIteration.value, a suspended generator
# in a cycle collected by gc.collect() and one left suspended at exit.
import gc
class R:
    def __init__(s, n): s.n = n
    def __del__(s): print("del", s.n)
def gen(n):
    r = R("g" + str(n))
    try:
        for i in range(n):
            x = yield i
            if x is not None:
                print("got", x)
    except GeneratorExit:
        print("GeneratorExit in", r.n)
        raise
    finally:
        print("finally", r.n)
g = gen(5)
print(next(g), g.send("hi"), next(g))
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("caught", e, g.gi_frame)
g2 = gen(3)
next(g2)
g2.close()
print(g2.gi_frame, g2.gi_running)
def pipe():
    total = 0
    while True:
        v = yield total
        if v is None: return total
        total += v
p = pipe(); next(p)
for v in [1,2,3]: print(p.send(v))
try:
    p.send(None)
except StopIteration as e:
    print("stop", e.value, e.args)
# abandoned in cycle
class Holder: pass
h = Holder()
h.g = gen(4)
h.g.gi_frame.f_locals  # touch
next(h.g)
h.self = h
del h
print("collect:", gc.collect())
g3 = gen(2); next(g3)
print("end")
