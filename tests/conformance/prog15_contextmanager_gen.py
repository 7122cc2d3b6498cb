import contextlib, gc

class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("R del", self.n)

@contextlib.contextmanager
def resource(n):
    r = R(n)
    print("acquire", n)
    try:
        yield r
    except ValueError as e:
        print("cm saw", e)
        raise
    finally:
        print("release", n)

with resource(1) as r:
    print("using", r.n)
del r
try:
    with resource(2):
        raise ValueError("inside")
except ValueError as e:
    print("outer caught", e, e.__traceback__.tb_next is not None)
print("after 2")

@contextlib.contextmanager
def swallow():
    try:
        yield
    except Exception as e:
        print("swallowed", type(e).__name__)

with swallow():
    raise KeyError("x")

cm = resource(3)
print(type(cm).__name__)
del cm
print("unentered cm dropped")

with contextlib.ExitStack() as stack:
    rs = [stack.enter_context(resource(i)) for i in (4, 5)]
    stack.callback(print, "stack callback")
    del rs
    print("stack body end")

@contextlib.contextmanager
def bad():
    yield
    yield
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
