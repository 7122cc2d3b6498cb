# contextlib as people use it: @contextmanager catching an exception, suppress,
# ExitStack with callbacks (LIFO), redirect_stdout into StringIO, closing,
# nullcontext, the RuntimeErrors of a generator that does not yield or yields
# twice, ContextDecorator.
# CPython: Lib/contextlib.py.
import contextlib, io, sys
@contextlib.contextmanager
def opened(name):
    print("open", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("cm caught", e)
    finally:
        print("close", name)
with opened("a") as h: print("using", h)
with opened("b"): raise KeyError("k")
try:
    with opened("c"): raise ValueError("v")
except ValueError as e: print("outer", e)
with contextlib.suppress(ZeroDivisionError, KeyError):
    1/0
print("suppressed")
with contextlib.ExitStack() as st:
    for n in "xyz":
        st.enter_context(opened(n))
    st.callback(print, "callback ran")
    print("in stack")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured!")
print(repr(buf.getvalue()))
class Closeable:
    def close(self): print("closed")
with contextlib.closing(Closeable()) as c: print("has", type(c).__name__)
with contextlib.nullcontext(5) as n: print(n)
@contextlib.contextmanager
def no_yield():
    if False: yield
try:
    with no_yield(): pass
except RuntimeError as e: print(e)
@contextlib.contextmanager
def two_yields():
    yield 1; yield 2
try:
    with two_yields(): pass
except RuntimeError as e: print(e)
class Reusable(contextlib.ContextDecorator):
    def __enter__(self): print("enter"); return self
    def __exit__(self, *exc): print("exit", exc[0]); return False
@Reusable()
def decorated(): print("body")
decorated()
