# A library that warns about deprecated calls: stacklevel picks the frame a
# warning is reported at (below 1 is the caller; past the stack is sys:1),
# and with an "error" filter the warning is raised from warn() itself,
# which is C in CPython (_warnings), so the traceback ends at the caller's
# line. Warnings go to stderr, sent here to stdout with this file's path
# shown as FILE.
import sys
import traceback
import warnings


class _PathFilter:
    def __init__(self, out):
        self.out = out
    def write(self, s):
        return self.out.write(s.replace(__file__, "FILE"))
    def flush(self):
        pass


sys.stdout = sys.stderr = _PathFilter(sys.stdout)


def lib(level):
    warnings.warn(f"level {level}", UserWarning, stacklevel=level)


def user(level):
    lib(level)


for lvl in [-1, 0, 1, 2, 3, 10]:
    user(lvl)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for lvl in [0, 1, 2, 3, 50]:
        user(lvl)
    print([(x.filename.replace(__file__, "FILE"), x.lineno) for x in w])


def old_api():
    warnings.warn("old_api() is deprecated", DeprecationWarning, stacklevel=2)


def caller():
    old_api()


caller()
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42)
warnings.simplefilter("error")
for fn in (lambda: user(1), lambda: user(2), caller):
    try:
        fn()
    except Warning:
        traceback.print_exc()
print(warnings.warn, warnings.warn_explicit)
