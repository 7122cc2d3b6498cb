# The statements of a generator that contain no `yield` run compiled
# between its suspensions: assignments to names, attributes and items,
# augmented assignments, calls, conditions, returns, errors with their
# tracebacks, and the moment each replaced value dies.


class V:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Box:
    pass


def gen(n):
    box = Box()
    store = {}
    total = 0
    for i in range(n):
        cur = V("v%d" % i)
        box.last = cur
        store[i % 2] = V("s%d" % i)
        total += i * 2
        if i == 1:
            print("middle", box.last.name, sorted(store))
        yield total
    print("end", total)
    return total


g = gen(3)
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
del g
print("after")


def failing():
    x = 1
    yield x
    y = [1][x]
    yield y


f = failing()
print(next(f))
try:
    next(f)
except IndexError as e:
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    print("IndexError", e, tb.tb_frame.f_code.co_name, tb.tb_lineno)


def gexp():
    data = [V("a"), V("b")]
    return list(d.name.upper() for d in data if d.name != "b")


print(gexp())


def closed():
    res = V("res")
    try:
        yield 1
        yield 2
    finally:
        res.name = "res-final"
        print("finally", res.name)


c = closed()
print(next(c))
c.close()
print("closed")
