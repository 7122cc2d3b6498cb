class Tracker:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("Tracker del", self.n)

def leaf(n):
    t = Tracker(n)
    try:
        for i in range(3):
            yield (n, i)
    except GeneratorExit:
        print("leaf GeneratorExit", n)
        raise
    finally:
        print("leaf finally", n)

def middle():
    try:
        r = yield from leaf(1)
        print("never", r)
    finally:
        print("middle finally")

def top():
    try:
        yield from middle()
    finally:
        print("top finally")

g = top()
print(next(g))
print(next(g))
print("closing")
g.close()
print("closed; running?", g.gi_running, "frame None?", g.gi_frame is None)
g2 = top()
print(next(g2))
try:
    g2.throw(ValueError("boom"))
except ValueError as e:
    print("propagated", e)
print("end")
