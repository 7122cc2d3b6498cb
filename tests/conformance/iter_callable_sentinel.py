# iter(callable, sentinel): calliter_iternext drops the callable and the sentinel when it ends
import sys
import weakref
class Tok:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return isinstance(other, Tok) and self.n == other.n
    def __hash__(self):
        return self.n
    def __del__(self):
        print("del Tok", self.n)
class Counter:
    def __init__(self):
        self.i = 0
    def __call__(self):
        self.i += 1
        return Tok(self.i)
    def __del__(self):
        print("del Counter")
c = Counter()
sentinel = Tok(3)
it = iter(c, sentinel)
print(type(it).__name__)
print(sys.getrefcount(c), sys.getrefcount(sentinel))
for tok in it:
    print("got", tok.n)
del tok
print("loop done")
print(sys.getrefcount(c), sys.getrefcount(sentinel))
print(list(it))
del c
print("after del c")
del sentinel
class Stopper:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
print(list(iter(Stopper(), None)))
w = []
print(list(iter(lambda: w.append(1) or len(w), 4)))
print(next(iter(lambda: 1, 1), "empty"))
