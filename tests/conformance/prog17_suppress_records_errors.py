import contextlib

class L:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("L del", self.n)

def fail(n):
    loc = L(n)
    raise OSError(n)

errors = []
class Collect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None:
            errors.append(ev)
        return True

for i in range(3):
    with Collect():
        fail(i)
print("collected", [str(e) for e in errors])
with contextlib.suppress(OSError):
    fail(9)
print("suppress drops at once")
errors[1].__traceback__ = None
print("cleared tb 1")
del errors[:]
print("end")
