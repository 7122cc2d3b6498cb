# traceback: format_exc, extract_tb, format_exception_only,
# format_exception, walk_tb, a chained exception's text, print_stack with a
# limit, extract_stack, FrameSummary, a SyntaxError's last line,
# TracebackException, add_note, format_list.
import traceback, sys
def inner(): return 1 / 0
def outer(): return inner()
try:
    outer()
except ZeroDivisionError as e:
    tb = traceback.format_exc()
    print(tb.replace(__file__, "FILE"))
    print([f.name for f in traceback.extract_tb(e.__traceback__)])
    print(traceback.format_exception_only(type(e), e))
    print("".join(traceback.format_exception(e)).count("line"))
    for frame, lineno in traceback.walk_tb(e.__traceback__):
        print(frame.f_code.co_name, lineno)
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad") from e
except ValueError as e:
    s = "".join(traceback.format_exception(type(e), e, e.__traceback__))
    print("direct cause" in s, s.count("Traceback"))
def lvl3(): return traceback.format_stack(limit=2)
print([entry.split(', ', 1)[1] for entry in lvl3()])
st = traceback.extract_stack()
print(type(st).__name__, st[-1].name, st[-1].line)
fs = traceback.FrameSummary("f.py", 3, "fn", line="x = 1")
print(fs, fs.lineno, repr(fs.line))
try:
    exec("1 +")
except SyntaxError as e:
    print(traceback.format_exception_only(e)[-1].strip())
te = traceback.TracebackException.from_exception(ZeroDivisionError("z"))
print(list(te.format_exception_only()), te.exc_type.__name__)
try:
    raise RuntimeError("with note")
except RuntimeError as e:
    e.add_note("a note")
    print(traceback.format_exception_only(e))
print(traceback.format_list([("a.py", 1, "f", "pass")]))
