# A generator's `while` and `if` tests without a yield run compiled (no
# resumable evaluation of their own), and `yield x` as a statement yields
# directly: the values, the sent values, when each object dies, tests that
# raise, truth from __bool__ and __len__, and generators closed or dropped
# while suspended inside the loop.
import sys


class V:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Truth:
    def __init__(self, n):
        self.n = n

    def __bool__(self):
        self.n -= 1
        print("bool", self.n)
        return self.n > 0


class Sized:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)


def counter(n):
    i = 0
    while i < n:
        if i % 2:
            yield i
        else:
            yield V("even%d" % i)
        i += 1
    print("counter done")


for x in counter(4):
    print("got", x if isinstance(x, int) else x.name)
print("after loop")


def echo():
    total = 0
    while True:
        got = yield total
        if got is None:
            break
        total += got
    return total


g = echo()
print(next(g))
print(g.send(3))
print(g.send(4))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)


def truthy_loop():
    t = Truth(3)
    while t:
        yield t.n
    yield "end"


print(list(truthy_loop()))


def sized_loop():
    s = Sized([1, 2, 3])
    while s:
        yield s.items.pop()
    if not s:
        yield "empty"


print(list(sized_loop()))


def bad_test():
    n = 0
    while n < 2:
        yield n
        n += 1
    if undefined_name:
        yield "never"


try:
    for v in bad_test():
        print("bad_test", v)
except NameError as e:
    print("NameError", e)
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    print("line", tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno)


def held():
    v = V("held")
    while True:
        yield v.name
        yield None


h = held()
print(next(h), next(h))
h.close()
print("closed")
h2 = held()
print(next(h2))
del h2
print("dropped")


def bare():
    yield
    yield


print(list(bare()))


def value_stmt():
    x = yield
    print("sent", x.name)
    yield


vs = value_stmt()
next(vs)
vs.send(V("sent-value"))
print("after send")
del vs
print("end", sys.getrefcount(None) > 0)
