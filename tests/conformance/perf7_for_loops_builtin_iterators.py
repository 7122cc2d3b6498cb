# `for` loops and comprehensions over builtin iterators look their type's
# next-slot up once per loop: a list growing or shrinking while it is
# iterated, dicts and sets changing size (RuntimeError), iterators of every
# builtin kind, an exhausted iterator looped over again, and, for contrast,
# a class whose __next__ is replaced in the middle of a loop.


def lists():
    xs = [1, 2, 3]
    for x in xs:
        if x < 5:
            xs.append(x + 3)
    print(xs)
    ys = [1, 2, 3, 4, 5, 6]
    seen = []
    for y in ys:
        seen.append(y)
        if y == 2:
            del ys[0]
    print(seen, ys)
    print([z for z in xs if z % 2])


lists()


def size_changes():
    d = {1: 1, 2: 2}
    try:
        for k in d:
            d[k + 10] = 0
    except RuntimeError as e:
        print("RuntimeError", e)
    s = {1, 2}
    try:
        print([s.add(v + 10) for v in s])
    except RuntimeError as e:
        print("RuntimeError", e)
    d2 = {1: "a"}
    try:
        for v in d2.values():
            del d2[1]
    except RuntimeError as e:
        print("RuntimeError", e)


size_changes()


def kinds():
    out = []
    for it in (
        "héllo",
        b"ab",
        (1, 2),
        range(3),
        reversed([1, 2, 3]),
        enumerate("ab"),
        zip("ab", "cd"),
        map(abs, [-1, -2]),
        filter(None, [0, 1, 2]),
        {"k": 1}.items(),
        {"k": 1}.keys(),
        frozenset([5]),
        iter([7, 8]),
        (c for c in "xy"),
    ):
        out.append([x for x in it])
        for x in it:
            out.append(("again", x))
    print(out)


kinds()


def exhausted():
    it = iter([1, 2, 3])
    for x in it:
        if x == 2:
            break
    print("rest", [x for x in it], [x for x in it])


exhausted()


class Counter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 6:
            raise StopIteration
        return self.n


def stop(self):
    raise StopIteration


def replaced_next():
    c = Counter()
    got = []
    for v in c:
        got.append(v)
        if v == 2:
            Counter.__next__ = stop
    print(got)


replaced_next()


def gen_closed():
    def g():
        try:
            for i in range(5):
                yield i
        finally:
            print("g finally")

    it = g()
    for v in it:
        if v == 1:
            it.close()
        print("v", v)


gen_closed()

for i in [10, 20]:
    print("module", i)
print({k: v for k, v in zip("ab", range(2))})
