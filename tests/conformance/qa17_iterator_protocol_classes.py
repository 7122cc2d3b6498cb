class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)
    def __reversed__(self):
        return iter(range(1, self.start + 1))
    def __len__(self):
        return self.start
    def __contains__(self, x):
        print(f"  contains({x})")
        return 0 < x <= self.start
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
    def __length_hint__(self):
        return self.n
c = Countdown(5)
print(list(c), list(reversed(c)), len(c), 3 in c, 9 in c, sum(c), max(c), sorted(c))
it = iter(c)
print(next(it), next(it), list(it), next(it, "done"))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), list(reversed([1, 2])), [x for x in Seq() if x])
try:
    reversed(Seq())
except TypeError as e:
    print("TypeError:", e)
class Fib:
    def __init__(self, limit): self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(100)), dict(zip("abc", Fib(10))), list(enumerate(Fib(5), 1)))
class Matrix:
    def __init__(self, rows): self.rows = rows
    def __iter__(self):
        for r in self.rows:
            yield from r
    def __getitem__(self, rc):
        r, c = rc
        return self.rows[r][c]
m = Matrix([[1, 2], [3, 4]])
print(list(m), m[1, 0], *m, sep=" ")
class Sentinel:
    def __init__(self): self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
print(list(iter(Sentinel(), 4)))
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)
class Both:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i < 3: return "xyz"[i]
        raise IndexError
print(list(reversed(Both())), "".join(Both()), len(Both()), bool(Both()))
class Zero:
    def __len__(self): return 0
print(bool(Zero()), not Zero(), "yes" if Zero() else "no")
class Neg:
    def __len__(self): return -1
try:
    len(Neg())
except ValueError as e:
    print("ValueError:", e)
class BoolBad:
    def __bool__(self): return 1
try:
    bool(BoolBad())
except TypeError as e:
    print("TypeError:", e)
import itertools
def windows(it, n):
    it = iter(it)
    win = list(itertools.islice(it, n))
    if len(win) == n:
        yield tuple(win)
    for x in it:
        win = win[1:] + [x]
        yield tuple(win)
print(list(windows(range(6), 3)), list(windows("ab", 3)))
ci = iter([1, 2, 3])
for x in ci:
    print("got", x)
    if x == 1:
        print("skipping", next(ci))
print(list(map(len, ["ab", "c"])), list(zip(*[iter(range(6))] * 2)))
