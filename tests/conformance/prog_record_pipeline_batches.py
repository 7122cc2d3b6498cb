# A generator pipeline of records (source, filter, batching): how many records
# are alive per batch, closing an abandoned pipeline, a generator in a cycle.
import gc, weakref

class Record:
    instances = 0
    def __init__(self, i):
        self.i = i
        Record.instances += 1
    def __del__(self):
        Record.instances -= 1

def source(n):
    try:
        for i in range(n):
            yield Record(i)
    finally:
        print(f"source closed (alive records: {Record.instances})")

def evens(records):
    for r in records:
        if r.i % 2 == 0:
            yield r

def batched(it, size):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch

for b in batched(evens(source(10)), 2):
    print("batch", [r.i for r in b], "alive", Record.instances)
print("after loop alive", Record.instances)
pipe = batched(evens(source(100)), 3)
first = next(pipe)
print("first", [r.i for r in first])
print("gi_frame alive:", pipe.gi_frame is not None, "running:", pipe.gi_running)
wr = weakref.ref(pipe)
del pipe
print("pipe gone:", wr() is None)
del first
print("alive", Record.instances)
def gen_in_cycle():
    me = yield
    try:
        yield "holding"
    finally:
        print("cycle generator finally")
g = gen_in_cycle()
next(g)
g.send(g)
del g
print("collect:", gc.collect())
