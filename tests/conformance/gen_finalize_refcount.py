# _PyGen_Finalize on refcount death: dropping the last reference to a
# suspended generator closes it (its finally and except GeneratorExit run),
# after its weakref callbacks, and before its locals die. Unstarted and
# finished generators run nothing.
import weakref

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def worker(name):
    r = Res(name)
    try:
        print(name, "working")
        yield 1
        yield 2
    except GeneratorExit:
        print(name, "GeneratorExit")
        raise
    finally:
        print(name, "finally")

g = worker("w1")
next(g)
wr = weakref.ref(g, lambda ref: print("weakref callback"))
print("dropping")
del g
print("dropped", wr())

g = worker("unstarted")
del g
print("unstarted dropped")

g = worker("finished")
for _ in g:
    pass
print("exhausted")
del g

def loop_owner():
    items = [Res("item0"), Res("item1")]
    for it in items:
        yield it.name
    print("never")

g = loop_owner()
print(next(g))
g = None
print("rebound")

def nested():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
n = nested()
next(n)
n = 0
print("end")
