# The default display of a SyntaxError (print_exception_file_and_line and
# print_error_text): `File "name", line N`, the offending line with its
# leading blanks stripped and carets under offset..end_offset, then
# "SyntaxError: msg" -- for errors from compile()/exec() and for
# SyntaxError objects built by hand (None filename reads as "<string>",
# a None lineno falls back to the plain str, a subclass gets one caret
# and its msg rather than its __str__); an imported module's SyntaxError
# carries its location too.
import io
import re
import sys


def show(exc):
    buf = io.StringIO()
    saved = sys.stderr
    sys.stderr = buf
    try:
        sys.__excepthook__(type(exc), exc, None)
    finally:
        sys.stderr = saved
    # File names without their folders: the runner and python3 spell them differently.
    print(re.sub(r'File "[^"]*/', 'File "', buf.getvalue()), end="")


sources = [
    ("def g(:\n    pass", "exec"),
    ("x = (1,\n  2 +)", "exec"),
    ("for i in range(3):\nprint(i)", "exec"),
    ("return 5", "exec"),
    ("(1, 2", "eval"),
    ("\tx = 1 +* 2", "exec"),
    ("values = {'a': 1 'b': 2}", "exec"),
]
for src, mode in sources:
    try:
        compile(src, "config.py", mode)
    except SyntaxError as e:
        show(e)

for args in [
    (None, ("f.py", 3, 2, "abc def\n")),
    ("m", (None, 3, 2, "  abc def")),
    ("m", ("f", 3, None, "abc")),
    ("m", ("f", None, 2, "abc")),
    ("m", ("f", 2, 2, None)),
    ("m", ("f", 2, 2, "xyz", 2, 4)),
    ("m", ("f", 2, 2, "xyz", 3, 4)),
    ("m", ("f", 2, 0, "xyz")),
    ("m", ("f", 2, 20, "xyz")),
    ("m", ("f", 2, 6, "ab\ncd\nef")),
    ("m", ("f", 2, 2, "\t\u00e9\u00e9xyz", 2, 5)),
    ("",),
]:
    show(SyntaxError(*args))
show(IndentationError("unexpected indent", ("f", 2, 2, "xyz", 2, 4)))


class ConfigSyntaxError(SyntaxError):
    def __str__(self):
        return "custom str is not used"


show(ConfigSyntaxError("bad key", ("settings.ini", 4, 3, "a == b\n")))

try:
    import mod_qa15_broken
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
    show(e)
print("mod_qa15_broken" in sys.modules)
exec("total = [1, 2\nnext_line = 3")
