# Frames reused between calls, properties called from the attribute site,
# and calls at module level: what each must still show.
import sys
import traceback


class P:
    def __init__(self, x):
        self.x = x

    @property
    def double(self):
        return self.x * 2

    @property
    def broken(self):
        return self.missing_attr

    @property
    def gone(self):
        del P.gone
        return "deleted while running"


class G(P):
    def __getattr__(self, name):
        return "fallback " + name


p = P(21)
print(p.double, [P(i).double for i in range(3)])
try:
    p.broken
except AttributeError as e:
    print(type(e).__name__, e, e.name, e.obj is p)
print(G(1).broken)
print(p.gone, hasattr(P, "gone"))
try:
    p.gone
except AttributeError as e:
    print("after delete:", e)

# A property whose getter is not a Python function.
class Q:
    size = property(len)

    def __len__(self):
        return 7


print(Q().size)


def f(n):
    return n + 1


def caller():
    return sys._getframe(1).f_code.co_name, f(1)


def outer():
    return caller()


print([outer() for _ in range(3)], f(f(f(0))))


def swallow():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise
    except ValueError as e:
        return e


saved = [swallow() for _ in range(3)]


def rethrow(e):
    raise e


for e in saved[:2]:
    try:
        rethrow(e)
    except ValueError as e2:
        names = [fs.name for fs in traceback.extract_tb(e2.__traceback__)]
        print("tb", names)


def keep_frame(v):
    local = v * 10
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e


errs = [keep_frame(i) for i in range(3)]
f(5)
print([e.__traceback__.tb_frame.f_locals["local"] for e in errs])


def with_locals(a):
    b = a + 1
    return sorted(locals().items())


print(with_locals(1), with_locals(2))


def depth(n):
    if n == 0:
        f0 = sys._getframe()
        names = []
        while f0 is not None and f0.f_code.co_name == "depth":
            names.append(f0.f_locals["n"])
            f0 = f0.f_back
        return names
    return depth(n - 1)


print(depth(4), depth(2))
s = "abc"
d = {"k": 1}
print(s.upper(), d.get("k"), d.get("z", 0), [1, 2].index(2))
