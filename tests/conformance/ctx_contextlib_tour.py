# contextlib: @contextmanager (normal exit, an exception thrown into the
# generator, swallowing, as a decorator), suppress, closing, nullcontext and
# ExitStack unwinding LIFO; when each managed object dies.
import contextlib, sys
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack
class Res:
    def __init__(self, n): self.n = n
    def close(self): print("close", self.n)
    def __del__(self): print("del", self.n)
@contextmanager
def managed(n):
    r = Res(n)
    print("enter", n)
    try:
        yield r
    finally:
        print("exit", n)
with managed(1) as r:
    print("inside", r.n)
del r
try:
    with managed(2):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e, type(e.__traceback__).__name__)
with suppress(KeyError):
    {}['x']
print("suppressed")
with closing(Res(3)):
    print("using 3")
with nullcontext(5) as v:
    print(v)
with ExitStack() as stack:
    for i in (4, 5):
        stack.enter_context(managed(i))
    stack.callback(print, "callback")
print("after stack")
@contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        print("swallowed")
with swallow():
    1 / 0
print(managed.__name__, managed.__wrapped__.__name__)
@managed(9)
def decorated():
    print("in decorated")
decorated()
