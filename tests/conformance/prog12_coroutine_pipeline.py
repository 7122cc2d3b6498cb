"""A coroutine (generator.send) pipeline with cleanup."""
import gc
from functools import wraps


def coroutine(fn):
    @wraps(fn)
    def start(*args, **kwargs):
        g = fn(*args, **kwargs)
        next(g)
        return g
    return start


@coroutine
def sink(name, results):
    try:
        while True:
            item = yield
            results.append(item)
    except GeneratorExit:
        print(f"sink {name} closed with {len(results)} items")
        raise
    finally:
        print(f"sink {name} finally")


@coroutine
def grep(pattern, target):
    """Pass lines containing pattern."""
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)
    finally:
        print(f"grep {pattern!r} closing target")
        target.close()


@coroutine
def counter(target):
    n = 0
    try:
        while True:
            try:
                item = yield n
            except ValueError as e:
                print("counter got error:", e)
                continue
            n += 1
            target.send((n, item))
    finally:
        target.close()


@coroutine
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)


def delegator(results):
    while True:
        r = yield from averager_raw()
        results.append(r)
        if r[0] == 0:
            return "stop"


def averager_raw():
    total = count = 0
    while True:
        v = yield
        if v is None:
            return (count, total / count if count else None)
        total += v
        count += 1


out = []
pipe = grep("py", counter(sink("A", out)))
for line in ["python", "ruby", "pypy", "cpython", "perl"]:
    pipe.send(line)
print(out)
print(grep.__name__, grep.__doc__)
pipe.close()
print("--- throw")
res = []
c = counter(sink("B", res))
c.send("x")
print("throw ->", c.throw(ValueError("bad")))
print(c.send("y"))
del c
print("res", res)
print("--- averager")
a = averager()
for v in (10, 20, 60):
    print("avg", a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("returned", e.value)
print("--- yield from")
results = []
d = delegator(results)
next(d)
for v in (1, 2, 3, None, 4, None, None):
    try:
        d.send(v)
    except StopIteration as e:
        print("delegator returned", e.value)
print(results)
print("--- cycle")
class Holder:
    pass
h = Holder()
h.g = sink("cyc", [])
h.g.send(h)
del h
print("collected", gc.collect())
print("--- exit")
lingering = sink("exit", [])
