import contextlib
import io
import sys

class Report:
    def __init__(self):
        self.lines = []
    def __del__(self):
        print("Report del with", len(self.lines), "lines")

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured 1")
    print("captured 2")
print("captured:", buf.getvalue().splitlines())
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print("stderr captured:", err.getvalue().strip())

class Managed(contextlib.ContextDecorator):
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print("enter", self.label)
        return self
    def __exit__(self, *exc):
        print("exit", self.label, exc[0].__name__ if exc[0] else None)
        return False

@Managed("decorated")
def work(x):
    print("working", x)
    return x * 2
print(work(3))

class AbstractCM(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print("abstract exit")
with AbstractCM() as cm:
    print(type(cm).__name__)

@contextlib.contextmanager
def report_ctx():
    r = Report()
    try:
        yield r
    finally:
        r.lines.append("footer")
        print("report done")

with report_ctx() as r:
    r.lines.append("body")
del r
print("--")
with contextlib.ExitStack() as outer:
    for i in range(3):
        outer.callback(print, "cleanup", i)
    inner = outer.enter_context(contextlib.ExitStack())
    inner.callback(print, "inner cleanup")
print("--")
try:
    with contextlib.ExitStack() as st:
        st.callback(lambda: 1 / 0)
        st.callback(lambda: [][1])
        raise KeyError("orig")
except ZeroDivisionError as e:
    print("final:", type(e).__name__, "context:", type(e.__context__).__name__, "ctx of ctx:", type(e.__context__.__context__).__name__)
with contextlib.suppress():
    pass
try:
    with contextlib.suppress(ValueError):
        raise TypeError("not suppressed")
except TypeError as e:
    print("TypeError passed:", e)
with contextlib.chdir("/"):
    import os
    print(os.getcwd())
