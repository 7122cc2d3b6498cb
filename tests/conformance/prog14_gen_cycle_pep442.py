import gc

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("Resource del", self.name)

def worker(res, log):
    try:
        while True:
            x = yield
            log.append(x)
    finally:
        print("worker finally; log", log[:-1], len(log), "res", res.name)

gc.disable()
r = Resource("db")
log = []
g = worker(r, log)
next(g)
g.send(1)
g.send(2)
log.append(g)        # cycle: generator frame -> log -> generator
del r
del g
print("collect:")
n = gc.collect()
print("unreachable found", n)
print(gc.garbage)

def self_ref():
    me = yield "first"
    try:
        yield "second"
    finally:
        print("self_ref finally sees", type(me).__name__)

g = self_ref()
print(next(g))
print(g.send(g))
del g
print("collect 2:")
gc.collect()
print("done 2")

def resurrect_gen(store):
    try:
        yield 1
    finally:
        print("finally: store len", len(store))

store = []
g = resurrect_gen(store)
next(g)
store.append(g)
store.append(store)
del g, store
gc.collect()
print("gen finalized once")
print(gc.collect())
