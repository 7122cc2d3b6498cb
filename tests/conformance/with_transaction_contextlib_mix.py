# A transaction context manager that rolls back and keeps the traceback, 
# @contextmanager resources, ExitStack, suppress, closing, nullcontext, 
# redirect_stdout, a ContextDecorator, and the RuntimeErrors of misbehaving 
# generators.
import contextlib, sys, gc, weakref

class Tracked:
    def __init__(self, name): self.name = name; print("make", name)
    def __del__(self): print("del", self.name)

class Transaction:
    def __init__(self, db):
        self.db = db
        self.log = []
    def __enter__(self):
        self.snapshot = dict(self.db)
        return self.log
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.db.clear(); self.db.update(self.snapshot)
            print("rolled back because", exc_type.__name__, exc)
            self.saved_tb = tb
            return True
        print("committed", self.log)
        return False

db = {"a": 1}
t = Transaction(db)
with t as log:
    db["b"] = 2
    log.append("set b")
def failing():
    holder = Tracked("in failing frame")
    raise LookupError("nope")
with t as log:
    db["c"] = 3
    failing()
print(db, type(t.saved_tb).__name__, t.saved_tb.tb_next.tb_frame.f_code.co_name)
print("dropping saved tb")
del t.saved_tb
print("dropped")

@contextlib.contextmanager
def resource(name):
    r = Tracked(name)
    print("acquire", name)
    try:
        yield r
    except ValueError as e:
        print("resource saw", repr(e))
        raise
    finally:
        print("release", name)

with resource("r1") as r:
    print("using", r.name)
del r
try:
    with resource("r2") as r:
        raise ValueError("bad value")
except ValueError as e:
    print("outer got", e, e.__traceback__.tb_frame.f_code.co_name)
del r
print("---")
with contextlib.ExitStack() as stack:
    rs = [stack.enter_context(resource(f"s{i}")) for i in range(3)]
    stack.callback(print, "callback ran")
    print("inside stack", [x.name for x in rs])
del rs
print("after stack")
with contextlib.suppress(KeyError, IndexError):
    {}["missing"]
print("suppressed")
class Closer:
    def close(self): print("closed Closer")
with contextlib.closing(Closer()) as c:
    print("in closing")
with contextlib.nullcontext(5) as v:
    print("nullcontext", v)
import io
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print("buffer:", repr(buf.getvalue()))
@contextlib.contextmanager
def swallow():
    try:
        yield
    except Exception as e:
        print("swallowed", type(e).__name__)
with swallow():
    raise RuntimeError
print("continuing")
@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
class CMDecorator(contextlib.ContextDecorator):
    def __enter__(self): print("enter deco"); return self
    def __exit__(self, *exc): print("exit deco"); return False
@CMDecorator()
def decorated(): print("in decorated")
decorated()
