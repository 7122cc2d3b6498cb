# An ordinary program (qa14 sweep): context managers (a class,
# contextmanager, suppress, redirect_stdout, ExitStack), decorators with
# arguments, descriptors and cached_property; a retry decorator gives up
# uncaught.
import contextlib, functools, time, io, sys

class Timer:
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print(f"enter {self.label}")
        return self
    def __exit__(self, et, ev, tb):
        print(f"exit {self.label}: {et.__name__ if et else None} {ev!r}")
        return et is KeyError

with Timer("a") as t:
    print("inside", t.label)
with Timer("b"):
    {}["missing"]
print("after b")
try:
    with Timer("c"):
        raise ValueError("v")
except ValueError as e:
    print("propagated", e)

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print("swallowed zde")
    finally:
        print(f"</{name}>")

with tag("div") as T, tag("p"):
    print("text", T)
with tag("x"):
    1 / 0
with contextlib.suppress(FileNotFoundError, KeyError):
    [][0] if False else {}["z"]
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    for n in ["one", "two"]:
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("body")

def retry(times=3, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **kw)
                except exceptions as e:
                    print(f"attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts")
        return wrapper
    return deco

calls = {"n": 0}
@retry(times=4, exceptions=(ConnectionError,))
def flaky(x):
    """Sometimes fails."""
    calls["n"] += 1
    if calls["n"] < 3:
        raise ConnectionError(f"try {calls['n']}")
    return x * 2
print(flaky(21), flaky.__name__, flaky.__doc__, flaky.__wrapped__.__name__)

def count_calls(fn):
    def inner(*args):
        inner.calls += 1
        return fn(*args)
    inner.calls = 0
    return inner
@count_calls
def sq(x): return x * x
[sq(i) for i in range(5)]
print(sq.calls, sq.__name__)

def typed(**types):
    def deco(fn):
        def w(**kw):
            for k, v in kw.items():
                if not isinstance(v, types[k]):
                    raise TypeError(f"{k} must be {types[k].__name__}, got {type(v).__name__}")
            return fn(**kw)
        return w
    return deco
@typed(name=str, age=int)
def person(name, age):
    return f"{name}:{age}"
print(person(name="x", age=3))
try:
    person(name="x", age="3")
except TypeError as e:
    print(e)
class cached_prop:
    def __init__(self, fn): self.fn = fn
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, cls):
        if obj is None: return self
        v = obj.__dict__[self.name] = self.fn(obj)
        return v
class Data:
    @cached_prop
    def heavy(self):
        print("computing")
        return 42
    @functools.cached_property
    def other(self):
        print("computing other")
        return [1]
d = Data()
print(d.heavy, d.heavy, d.other, d.other)
@retry(times=2)
def always_fails():
    raise OSError("disk")
always_fails()
