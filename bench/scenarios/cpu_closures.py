# CPU-bound: closures, nonlocal, lambdas, higher-order calls (map, filter,
# sorted with key, functools.reduce-like folds written in Python), default
# and keyword arguments.
N = 300000


def make_counter(step=1):
    n = 0

    def bump(k=1):
        nonlocal n
        n += step * k
        return n

    return bump


def compose(f, g):
    return lambda x: f(g(x))


def fold(fn, xs, init):
    acc = init
    for x in xs:
        acc = fn(acc, x)
    return acc


inc = make_counter(3)
h = compose(lambda x: x + 1, lambda x: x * 2)
s = 0
for i in range(N):
    s += h(i) + inc(k=i % 3)
xs = list(map(lambda v: v % 11, range(N)))
ev = list(filter(lambda v: v % 2 == 0, xs))
print("closures", s, fold(lambda a, b: a + b, ev, 0), fold(max, xs, 0), len(ev))
