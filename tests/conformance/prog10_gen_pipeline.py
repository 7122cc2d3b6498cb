"""Generator pipelines: lazy evaluation, close(), send(), and lifetimes."""
import itertools


class Record:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"R{self.n}"

    def __del__(self):
        print(f"  free R{self.n}")


def source(n):
    print("  source start")
    try:
        for i in range(n):
            print(f"  produce {i}")
            yield Record(i)
    finally:
        print("  source finally")


def only_even(records):
    for r in records:
        if r.n % 2 == 0:
            yield r


def tag(records, label):
    for r in records:
        yield (label, r.n)


pipe = tag(only_even(source(6)), "even")
print("pipeline built, nothing ran")
print(next(pipe))
print(next(pipe))
print("closing early")
pipe.close()
print("closed")

print(list(itertools.islice(tag(source(100), "x"), 2)))
print("islice done")


def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return avg


a = averager()
next(a)
for v in [10, 20, 60]:
    print("avg", a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)


def chain_all(*gens):
    for g in gens:
        result = yield from g
        print("  sub returned", result)


def sub(k):
    yield k
    return k * 10


print(list(chain_all(sub(1), sub(2))))
g = (Record(i) for i in range(3))
first = next(g)
print("first", first)
del g
print("genexp dropped")
del first
squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
gen = source(2)
print(next(gen))
gen.throw(ValueError("into gen")) if False else None
del gen
print("end")
