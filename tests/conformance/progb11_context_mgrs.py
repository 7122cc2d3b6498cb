import contextlib
import io
import sys

class Timer:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"enter {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else None} {exc}")
        return exc_type is KeyError

with Timer("a") as t:
    print("inside", t.name)
with Timer("b"):
    {}["x"]
print("after b")
try:
    with Timer("c"):
        raise ValueError("bad")
except ValueError as e:
    print("propagated", e)

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print(f"<!-- error in {name} -->")
    finally:
        print(f"</{name}>")

with tag("html"), tag("body") as b:
    print("  content", b)
with tag("div"):
    1 / 0
print("continued")
with contextlib.suppress(FileNotFoundError, KeyError):
    open("/nonexistent/file")
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured!")
    help_text = "x"
print("buffer:", repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    for n in ("one", "two", "three"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("stack body")
class Resource:
    def __init__(self, n):
        self.n = n
    def close(self):
        print("closing", self.n)
with contextlib.closing(Resource(1)) as r:
    print("using", r.n)
with contextlib.nullcontext(5) as v:
    print("null", v)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))
@contextlib.contextmanager
def bad():
    yield
    yield
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
class Reentrant(contextlib.ContextDecorator):
    def __enter__(self):
        print("start")
        return self
    def __exit__(self, *exc):
        print("finish")
        return False
@Reentrant()
def work():
    print("working")
work()
with Timer("outer"):
    with Timer("inner"):
        raise KeyError("k")
print("done")
