"""Uncaught error raised inside a generator pipeline."""


def numbers(n):
    for i in range(n):
        yield i


def parse(items):
    for x in items:
        if x == 3:
            raise ValueError(f"bad item {x}")
        yield x * 2


def total(items):
    s = 0
    for v in items:
        s += v
        print("running", s)
    return s


print("start")
print(total(parse(numbers(5))))
