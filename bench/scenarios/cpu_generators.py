# CPU-bound: generator functions (yield, yield from, send), pipelines of
# generators, iteration protocol with user-defined __iter__/__next__.
N = 400000


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def chained(n):
    yield from numbers(n)
    yield from evens(numbers(n))


def running_mean():
    total = 0.0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


s = 0
for v in chained(N):
    s += v
g = running_mean()
next(g)
for i in range(N // 3):
    last = g.send(i)
c = 0
for v in Countdown(N):
    c += v & 3
print("generators", s, round(last, 3), c)
