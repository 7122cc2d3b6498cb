# sum(), min() and max() take the items one at a time from their iterable
# (builtin_sum_impl, min_max): a generator is resumed between additions
# and comparisons, a worse item (and its key) dies at once, the best one
# survives until a better comes; sum() refuses a str, bytes or bytearray
# start; list.index()/tuple.index() honour start and stop; sorted() builds
# its list before list.sort() checks the keywords.


class N:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        print("  add", self.v, o.v if isinstance(o, N) else o)
        return N(self.v + (o.v if isinstance(o, N) else o))

    __radd__ = __add__

    def __lt__(self, o):
        print("  lt", self.v, o.v)
        return self.v < o.v

    def __gt__(self, o):
        print("  gt", self.v, o.v)
        return self.v > o.v

    def __eq__(self, o):
        print("  eq", self.v, o.v if isinstance(o, N) else o)
        return isinstance(o, N) and self.v == o.v

    __hash__ = None

    def __del__(self):
        print("  del", self.v)


def gen(*vals):
    for v in vals:
        print("  yield", v)
        yield N(v)


print("sum")
s = sum(gen(1, 2, 3))
print("=", s.v)
del s
print("sum with start")
s = sum(gen(4, 5), N(10))
print("=", s.v)
del s
print("sum start keyword")
s = sum(gen(1), start=100)
print("=", s.v)
del s
print("min")
m = min(gen(3, 1, 2))
print("=", m.v)
del m
print("max with key")
m = max(gen(3, 1, 2), key=lambda n: -n.v)
print("=", m.v)
del m
print("max of arguments")
m = max(N(7), N(9), N(8))
print("=", m.v)
del m
print("min default")
print(min(gen(), default="empty"), max([], key=len, default=None))
try:
    min(gen())
except ValueError as e:
    print("ValueError:", e)
print("failing comparison")


class Bad(N):
    def __lt__(self, o):
        raise TypeError("no order")


try:
    min([Bad(1), Bad(2)])
except TypeError as e:
    print("TypeError:", e)
print("failing addition")
try:
    sum(gen(1, 2), "x" if False else [])
except TypeError as e:
    print("TypeError:", e)
for start in ["", b"", bytearray()]:
    try:
        sum([], start)
    except TypeError as e:
        print("TypeError:", e)
print(sum([[1], [2]], []), sum([0.5, 0.25]), sum(range(5), 10))
print("index ranges")
l = [1, 2, 1, 3, 1]
print(l.index(1, 1), l.index(1, -2), l.index(1, 3, 5), l.index(3, -100, 100))
for a in [(1, 3, 4), (9,), (1, None), (1, 10)]:
    try:
        print(l.index(*a))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
t = (1, 2, 1)
print(t.index(1, 1), t.index(2, -3, -1))
for a in [(1, 3), (1, "a")]:
    try:
        print(t.index(*a))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
items = [N(1), N(2), N(3)]
print(items.index(N(3), 1))
del items
print("sorted keywords")
try:
    sorted(gen(1, 2), foo=1)
except TypeError as e:
    print("TypeError:", e)
print([n.v for n in sorted(gen(2, 1), key=lambda n: n.v, reverse=True)])
print("end")
