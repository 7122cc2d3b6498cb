# contextlib as programs use it: contextmanager (exceptions thrown in, the
# traceback through the generator), suppress, closing, nullcontext,
# ExitStack (callbacks, push, pop_all) in LIFO order, redirect_stdout,
# ContextDecorator, and the errors of a generator that does not yield once.
import contextlib, sys, io, gc, weakref

class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def close(self):
        print("close", self.name)
    def __del__(self):
        print("del", self.name)

@contextlib.contextmanager
def managed(name):
    r = Res(name)
    try:
        yield r
    except ValueError as e:
        print("managed saw", e)
        raise
    finally:
        r.close()
        print("finally", name)

with managed("a") as r:
    print("using", r.name)
del r
try:
    with managed("b") as r:
        raise ValueError("boom")
except ValueError as e:
    print("caught", e, e.__traceback__.tb_frame.f_code.co_name)
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        print(" tb", tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
del r
print("suppress")
with contextlib.suppress(KeyError, IndexError):
    {}["x"]
print("after suppress")
with contextlib.closing(Res("c")) as c:
    print("in closing")
del c
with contextlib.nullcontext(Res("d")) as d:
    print("nullcontext", d.name)
del d
print("exitstack")
with contextlib.ExitStack() as stack:
    for n in ("e1", "e2", "e3"):
        stack.enter_context(managed(n))
    stack.callback(print, "callback 1")
    stack.callback(lambda: print("callback 2"))
    @stack.push
    def exit_hook(*exc):
        print("push hook", exc[0])
        return False
    print("body")
print("after exitstack")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("hidden")
    help_text = "x"
print("captured", repr(buf.getvalue()))

class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter timer")
        return self
    def __exit__(self, *exc):
        print("exit timer", exc[0].__name__ if exc[0] else None)
        return False

@Timer()
def work(x):
    print("work", x)
    return x * 2
print(work(3))
try:
    with Timer():
        raise RuntimeError("x")
except RuntimeError:
    print("re-raised")

@contextlib.contextmanager
def gen_no_yield():
    if False:
        yield
try:
    with gen_no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextlib.contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
cm = managed("f")
print(type(cm).__name__)
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__, e)
stack = contextlib.ExitStack()
stack.enter_context(managed("g"))
s2 = stack.pop_all()
print("popped")
s2.close()
print("end")
