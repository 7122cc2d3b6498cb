# A generator pipeline over a resource with try/finally:
# itertools.accumulate via yield from, a half-consumed pipeline dropped
# (its finally runs at del), contextlib.closing around islice, islice
# stopping early, groupby chunks, takewhile over an infinite generator.
import itertools, contextlib
class Resource:
    def __init__(self, name): self.name = name; print("open", name)
    def close(self): print("close", self.name)
def read_lines(name, lines):
    r = Resource(name)
    try:
        for l in lines:
            yield l
    finally:
        r.close()
def parse(lines):
    for l in lines:
        k, _, v = l.partition("=")
        yield k.strip(), int(v)
def running_total(pairs):
    yield from itertools.accumulate(pairs, lambda acc, kv: (kv[0], acc[1] + kv[1]))
src = ["a=1", "b=2", "c=3", "d=4"]
for k, tot in running_total(parse(read_lines("f1", src))):
    print(k, tot)
g = parse(read_lines("f2", src))
print(next(g), next(g))
del g
print("after del")
with contextlib.closing(read_lines("f3", src)) as lines:
    for l in itertools.islice(lines, 2):
        print("got", l)
print("after with")
pairs = list(itertools.islice(parse(read_lines("f4", src * 3)), 5))
print(pairs)
chunks = [list(c) for k, c in itertools.groupby(range(10), key=lambda x: x // 3)]
print(chunks)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.takewhile(lambda x: x < 100, fib())), sum(itertools.islice(fib(), 20)))
