# contextlib: contextmanager enter/exit and exception propagation,
# suppress, closing, nullcontext, ExitStack callbacks (LIFO) and pop_all,
# redirect_stdout into StringIO, a generator that swallows, the 'generator
# didn't stop' and 'generator didn't yield' RuntimeErrors, ContextDecorator.
import contextlib, io, sys

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("p") as t:
    print("inside", t)

try:
    with tag("div"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

with contextlib.suppress(KeyError, IndexError):
    {}['x']
print("after suppress")

class Res:
    def close(self): print("closed")
with contextlib.closing(Res()) as r:
    print("using", type(r).__name__)

with contextlib.nullcontext(42) as v:
    print("null", v)

with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    stack.enter_context(tag("stack"))
    print("body")

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
    print(1, 2, sep='-')
print(repr(buf.getvalue()))

@contextlib.contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        print("swallowed")
with swallow():
    1 / 0
print("continues")

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
def none():
    if False:
        yield
try:
    with none():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

class CM(contextlib.ContextDecorator):
    def __enter__(self): print("enter"); return self
    def __exit__(self, *exc): print("exit", exc[0]); return False
@CM()
def f(): print("in f")
f()
with contextlib.ExitStack() as s:
    s.push(lambda *e: print("push exit", e[0]))
    s2 = s.pop_all()
print("popped")
s2.close()
