import gc

class Conn:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("Conn del", self.name)

def session(name):
    conn = Conn(name)
    received = []
    try:
        while True:
            try:
                msg = yield len(received)
            except ValueError as e:
                print("session handled", e)
                continue
            if msg is None:
                break
            received.append(msg)
    except GeneratorExit:
        print("session closed early", received)
        raise
    finally:
        print("session finally", name)
    return received

s = session("one")
print(next(s))
print(s.send("a"), s.send("b"))
print(s.throw(ValueError("bad input")))
try:
    s.send(None)
except StopIteration as e:
    print("returned", e.value)
print(s.gi_frame, s.gi_running)
del s
print("--")
s2 = session("two")
next(s2)
try:
    s2.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated", e)
print(s2.gi_frame)
del s2
print("--")
def delegator():
    result = yield from session("three")
    print("delegate got", result)
    yield "after"
d = delegator()
next(d)
d.send("x")
print(d.send(None))
d.close()
print("--")
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ignore_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
del g
print("--")
def running():
    print("running?", r.gi_running)
    yield
r = running()
next(r)
try:
    def selfsend():
        yield s3.send(None)
    s3 = selfsend()
    next(s3)
except ValueError as e:
    print("ValueError:", e)
print("end")
