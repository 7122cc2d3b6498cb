# the traceback module: extract_tb/walk_tb/format_exception/format_exc/
# print_exc(limit)/print_exception(limit=-1)/clear_frames/format_stack/
# extract_stack, chained causes, TracebackException, notes, SyntaxError.
import traceback, sys, io

def inner(x):
    return 10 / x
def outer(x):
    return inner(x) + 1

try:
    outer(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    print([f.name for f in traceback.extract_tb(tb)])
    print([(f.lineno, f.line) for f in traceback.extract_tb(tb, limit=2)])
    print([fr.f_code.co_name for fr, ln in traceback.walk_tb(tb)])
    lines = traceback.format_exception(type(e), e, tb)
    print(len(lines), lines[-1], end="")
    print(traceback.format_exception_only(type(e), e))
    print("".join(traceback.format_tb(tb)).count("File"))
    s = traceback.format_exc()
    print(s.splitlines()[0], s.splitlines()[-1])
    buf = io.StringIO()
    traceback.print_exc(file=buf, limit=1)
    print(buf.getvalue().count("\n"))
    buf2 = io.StringIO()
    traceback.print_exception(e, file=buf2, limit=-1)
    print(buf2.getvalue().replace(__file__, "FILE"), end="")
    traceback.clear_frames(tb)
    print(tb.tb_frame.f_locals.keys() is not None)
def stack_user():
    print("".join(traceback.format_stack(limit=2)).count("File"))
    summary = traceback.extract_stack()
    print(summary[-1].name, len(summary) >= 2)
stack_user()
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    out = traceback.format_exception(e)
    print(sum("direct cause" in l for l in out), out[-1], end="")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during")
except RuntimeError as e:
    te = traceback.TracebackException.from_exception(e)
    print(type(te.__context__).__name__, te.exc_type.__name__, list(te.format_exception_only()))
err = ValueError("note me")
err.add_note("a note")
print(traceback.format_exception_only(err))
print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 1, 3, "x = (", 1, 4))))
