"""Context managers in a transaction system: ExitStack, nesting, suppression, tracebacks."""
import contextlib
import sys
import gc
import io
import traceback


class Resource:
    def __init__(self, name, fail_on_exit=False):
        self.name = name
        self.fail_on_exit = fail_on_exit

    def __enter__(self):
        print(f"enter {self.name}")
        return self

    def __exit__(self, et, ev, tb):
        print(f"exit {self.name}: {et.__name__ if et else None} {ev!r}")
        if self.fail_on_exit:
            raise RuntimeError(f"{self.name} failed to close")
        return False

    def __del__(self):
        print(f"del {self.name}")


class Transaction:
    def __init__(self, db):
        self.db = db
        self.pending = {}

    def __enter__(self):
        return self

    def set(self, k, v):
        self.pending[k] = v

    def __exit__(self, et, ev, tb):
        if et is None:
            self.db.update(self.pending)
            print("commit", sorted(self.pending))
        else:
            print("rollback", sorted(self.pending), "because", et.__name__)
        return et is KeyError


db = {}
with Transaction(db) as tx:
    tx.set("a", 1)
with Transaction(db) as tx:
    tx.set("b", 2)
    raise KeyError("b")
print("db:", db)
try:
    with Transaction(db) as tx:
        tx.set("c", 3)
        1 / 0
except ZeroDivisionError:
    print("zero division propagated")

print("-- multiple items")
with Resource("r1") as r1, Resource("r2") as r2:
    print("body", r1.name, r2.name)
print("after multiple")
del r1, r2

print("-- exit raising replaces exception")
try:
    with Resource("bad", fail_on_exit=True):
        raise ValueError("inner")
except RuntimeError as e:
    print("got", repr(e), "context:", repr(e.__context__))
    del e
gc.collect()

print("-- ExitStack")
with contextlib.ExitStack() as stack:
    res = [stack.enter_context(Resource(f"s{i}")) for i in range(3)]
    stack.callback(print, "callback ran")
    stack.push(lambda *exc: print("push saw", exc[0]) or False)
    del res
    print("stack body done")

print("-- ExitStack pop_all")
with contextlib.ExitStack() as stack:
    stack.enter_context(Resource("kept"))
    moved = stack.pop_all()
print("moved still open")
moved.close()
del moved

print("-- contextmanager generator")


@contextlib.contextmanager
def opened(name):
    r = Resource(name)
    try:
        yield r
    except LookupError as e:
        print("cm caught", repr(e))
    finally:
        print("cm finally", name)


with opened("g1") as g:
    print("using", g.name)
with opened("g2"):
    raise IndexError(3)
print("suppressed by cm")
del g

print("-- suppress and redirect")
buf = io.StringIO()
with contextlib.suppress(FileNotFoundError), contextlib.redirect_stdout(buf):
    print("captured line")
    open("/nonexistent/file")
print("buffer:", repr(buf.getvalue()))
with contextlib.closing(io.StringIO("x")) as f:
    pass
print("closed:", f.closed)
with contextlib.nullcontext(42) as v:
    print("nullcontext", v)

print("-- exception keeps frame locals alive")


def work():
    local_res = Resource("frame-local")
    raise OSError("disk")


try:
    work()
except OSError as e:
    saved = e
print("still holding traceback")
tb = traceback.extract_tb(saved.__traceback__)
print([f.name for f in tb])
del saved
print("dropped exception")
print("-- done")
