# The with statement: __enter__'s result bound by `as`, __exit__ called
# with (None, None, None) on normal exit and with (type, value, traceback)
# on an exception, several items entered left to right and exited right to
# left, break/continue/return leaving the block.
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        return self.swallow

with CM("a") as x:
    print("body", x)

with CM("a") as x, CM("b") as y, CM("c"):
    print("body", x, y)

with (CM("p") as p, CM("q") as q):
    print("parenthesized", p, q)

with CM("outer", swallow=True):
    with CM("inner"):
        raise ValueError("v")
print("after swallow")

try:
    with CM("noswallow"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

def f():
    for i in range(3):
        with CM(f"loop{i}"):
            if i == 0:
                continue
            if i == 1:
                break
    with CM("ret") as r:
        return r + "!"
print(f())

class Tuple:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        return None
with Tuple() as (one, [two, three]):
    print(one, two, three)

class Self:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("exit args", exc)
with Self() as s:
    print(type(s).__name__)
