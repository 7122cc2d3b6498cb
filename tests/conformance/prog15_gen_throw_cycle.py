import gc

class Cleanup:
    def __init__(self, tag): self.tag = tag
    def __del__(self): print("Cleanup del", self.tag)

def worker(name):
    c = Cleanup(name)
    try:
        while True:
            try:
                x = yield
                print(name, "got", type(x).__name__)
            except KeyError as e:
                print(name, "handled", e)
    except GeneratorExit:
        print(name, "GeneratorExit")
        raise
    finally:
        print(name, "finally")

w = worker("w1")
next(w)
w.send(1)
w.throw(KeyError("k"))
try:
    w.throw(ValueError("v"))
except ValueError as e:
    print("propagated", e)
print("w1 closed:", w.gi_frame is None)

w2 = worker("w2")
next(w2)
w2.close()
print("w2 closed")

class Owner:
    def __init__(self):
        self.gen = worker("w3")
        next(self.gen)
        self.gen.send(self)

o = Owner()
del o
print("owner dropped (cycle)")
gc.collect()
print("after collect")

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
    print("RuntimeError", e)
del g
print("end")
