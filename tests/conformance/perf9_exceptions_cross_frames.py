# Exceptions leaving several function frames at once: each frame gets its
# traceback entry, its locals are released as it is left (innermost first),
# lambdas and recursion-limit errors behave as in CPython.
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


def level3(n):
    t = Tracked("l3-%d" % n)
    if n % 2:
        raise ValueError("odd %d" % n)
    return n


def level2(n):
    t = Tracked("l2-%d" % n)
    for i in range(1):
        return level3(n) * 2


def level1(n):
    t = Tracked("l1-%d" % n)
    return level2(n) + 1


def names(tb):
    out = []
    while tb is not None:
        out.append("%s:%d" % (tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


for n in range(3):
    try:
        print("result", level1(n))
    except ValueError as e:
        print("caught", e, names(e.__traceback__))

f = lambda x: 1 // x
g = lambda x: f(x) + 1
try:
    g(0)
except ZeroDivisionError as e:
    print("lambda", names(e.__traceback__))


class Node:
    def __init__(self, child):
        self.child = child

    def depth(self):
        if self.child is None:
            raise LookupError("bottom")
        return self.child.depth() + 1


chain = None
for i in range(5):
    chain = Node(chain)
try:
    chain.depth()
except LookupError as e:
    print("methods", len(names(e.__traceback__)), names(e.__traceback__)[-1])


def recurse(n):
    return recurse(n + 1)


limit = sys.getrecursionlimit()
sys.setrecursionlimit(80)
try:
    recurse(0)
except RecursionError as e:
    entries = names(e.__traceback__)
    print("recursion", str(e), len(entries) > 50, entries[0], entries[-1])
sys.setrecursionlimit(limit)


def reraise_in_caller(n):
    try:
        return level1(n)
    except ValueError:
        t = Tracked("handler-local")
        raise


try:
    reraise_in_caller(5)
except ValueError as e:
    print("reraised", names(e.__traceback__))


def gen_through_frames():
    yield level1(2)
    yield level1(3)


try:
    for v in gen_through_frames():
        print("gen value", v)
except ValueError as e:
    print("gen", names(e.__traceback__))


def finally_in_each(n):
    try:
        if n == 0:
            raise KeyError("deep")
        return finally_in_each(n - 1)
    finally:
        print("  finally", n, sys.exc_info()[0].__name__)


try:
    finally_in_each(3)
except KeyError as e:
    print("finally chain", len(names(e.__traceback__)))

level1(7)
