"""Context managers: nesting, ExitStack, suppress, exceptions in __exit__, lifetimes."""
import contextlib
import io
import sys


class Tracked:
    live = 0

    def __init__(self, name):
        self.name = name
        Tracked.live += 1
        self.closed = False

    def close(self):
        self.closed = True
        print(f"  close {self.name}")

    def __enter__(self):
        print(f"  enter {self.name}")
        return self

    def __exit__(self, et, ev, tb):
        self.close()
        return et is KeyError

    def __del__(self):
        Tracked.live -= 1
        print(f"  del {self.name}")


with Tracked("a") as a, Tracked("b") as b:
    print("body", a.name, b.name)
print("after with; a still bound:", a.name, a.closed)
del a, b

with Tracked("swallow"):
    {}["missing"]
print("KeyError swallowed")

try:
    with Tracked("passes"):
        raise ValueError("v")
except ValueError as e:
    print("ValueError propagated:", e)

with contextlib.ExitStack() as stack:
    objs = [stack.enter_context(Tracked(f"s{i}")) for i in range(3)]
    stack.callback(print, "  callback runs first")
    print("stack body with", [o.name for o in objs])
del objs
print("stack closed")

with contextlib.suppress(ZeroDivisionError):
    print(1 / 0)
print("suppressed")


@contextlib.contextmanager
def redirect():
    buf = io.StringIO()
    old = sys.stdout
    sys.stdout = buf
    try:
        yield buf
    finally:
        sys.stdout = old


with redirect() as out:
    print("captured line")
print("got:", out.getvalue().strip())

with contextlib.closing(Tracked("closing")) as c:
    print("using", c.name)
del c


class Reentrant:
    depth = 0

    def __enter__(self):
        Reentrant.depth += 1
        return Reentrant.depth

    def __exit__(self, *a):
        Reentrant.depth -= 1


r = Reentrant()
with r as d1:
    with r as d2:
        print("depths", d1, d2)
print("final depth", Reentrant.depth)
with contextlib.nullcontext(42) as v:
    print("nullcontext", v)
print("live:", Tracked.live)
