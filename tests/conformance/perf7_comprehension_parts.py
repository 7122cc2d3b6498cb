# The parts of a comprehension (iterables, targets, conditions, elements)
# run as compiled closures at module level, in functions, in class bodies
# and in generators: targets of every kind (name, tuple, attribute,
# subscript, starred), conditions whose truth comes from __bool__ and
# __len__ (each value released as soon as its truth is known), nested
# generators, and errors raised from each part.
import sys


class T:
    def __init__(self, name, truth):
        self.name = name
        self.truth = truth

    def __bool__(self):
        print("bool", self.name)
        return self.truth

    def __del__(self):
        print("del", self.name)


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __del__(self):
        print("del L", self.n)


def cond(i):
    return T("c%d" % i, i % 2 == 0)


print([i for i in range(4) if cond(i)])
print({i: i * i for i in range(3) if L(i)})


def in_function():
    print([i for i in range(4) if cond(i)])
    print({i % 2 for i in range(5) if L(i)})
    print([(a, b) for a in range(3) for b in range(a) if a != b])


in_function()


class Box:
    pass


box = Box()
store = {}
print([box.v for box.v in range(3)], box.v)
print([store["k"] for store["k"] in "ab"], store)
print([(a, rest) for a, *rest in [(1, 2, 3), (4,), (5, 6)]])


def targets():
    b = Box()
    d = {}
    print([b.v for b.v in range(3)], b.v)
    print([d[0] for d[0] in "xy"], d)
    print([x + y for x, y in zip("ab", "cd")])


targets()


class Body:
    squares = [n * n for n in range(4)]
    pairs = {k: v for k, v in zip("ab", (1, 2))}


print(Body.squares, Body.pairs)


def gen():
    for row in range(3):
        yield [row * c for c in range(3) if c != row]


print(list(gen()))


# Elements die as the result holds them; a replaced target value dies at once.
class V:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del V", self.n)


def values():
    vs = [V(i) for i in range(3)]
    print("made", [v.n for v in vs])
    del vs
    print("after del")
    return [v.n for v in [V(10), V(11)]]


print(values())


# Errors from each part.
def fails(where):
    try:
        if where == "iter":
            return [x for x in 5]
        if where == "inner":
            return [y for x in range(2) for y in x]
        if where == "cond":
            return [x for x in range(3) if 1 / (x - 1)]
        if where == "elt":
            return [1 / x for x in range(2)]
        if where == "key":
            return {{}: x for x in range(2)}
        if where == "target":
            return [x for x, y in [(1, 2), (3,)]]
    except Exception as e:
        print(where, type(e).__name__, e)
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(names)


for where in ("iter", "inner", "cond", "elt", "key", "target"):
    fails(where)

try:
    [1 / x for x in range(2)]
except ZeroDivisionError as e:
    print("module", e)

print([x for x in range(3)] == list(range(3)), sys.getrecursionlimit() > 0)
