import gc
class Holder:
    def __init__(self, name): self.name = name
    def __del__(self): print("Holder del", self.name)
def worker(h):
    try:
        yield 1
        yield 2
    finally:
        print("worker finally", h.name)
h = Holder("a")
g = worker(h)
h.gen = g
next(g)
del h, g
print("before collect")
print("collected", gc.collect() > 0)
def w2():
    try:
        yield
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
g = w2(); next(g)
holder = [g]; g.gi_frame.f_locals; holder.append(holder)
del g, holder
print("after frame cycle")
gc.collect()
def w3():
    x = yield
    print("got", x)
    yield "second"
g = w3(); next(g)
print(g.send(5))
g.close(); print(g.gi_frame)
def w4():
    try:
        yield 1
    finally:
        yield 2
g = w4(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
del g
print("end")
