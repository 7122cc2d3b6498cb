import contextlib, gc, sys

class Res:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("Res del", self.n)

@contextlib.contextmanager
def managed(n):
    r = Res(n)
    try:
        yield r
    except ValueError as e:
        print("cm caught", e)
    finally:
        print("cm finally", n)

with managed(1) as r:
    print("inside", r.n)
del r
print("---")
with managed(2) as r:
    raise ValueError("x")
print("after suppressed")
del r
print("---")
saved = None
try:
    with managed(3):
        raise KeyError("k")
except KeyError as e:
    saved = e
print("saved exc keeps frames")
saved = None
print("end")
