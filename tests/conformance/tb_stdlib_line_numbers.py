# Tracebacks through gclab's Python-source stdlib modules (contextlib, copy,
# functools) show CPython's file names and line numbers, and the source text
# of those lines: traceback.format_exc, print_exc and extract_tb, and the
# tb_lineno / f_lineno / co_firstlineno of the frames inside those modules.
import traceback, sys, functools, contextlib, copy
def exc_text():
    return traceback.format_exc().replace(__file__, 'main.py')
def bad(x): raise ValueError(x)
try:
    functools.reduce(lambda a, b: bad(b), [1, 2])
except ValueError:
    print(exc_text())
@contextlib.contextmanager
def cm():
    yield
    raise KeyError("after")
try:
    with cm(): pass
except KeyError:
    print(exc_text(), end='')
class C:
    def __deepcopy__(self, memo): raise TypeError("nocopy")
try:
    copy.deepcopy({"k": [C()]})
except TypeError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.filename.rsplit("/", 1)[-1], fs.lineno, fs.name, fs.line)
    tb = e.__traceback__
    while tb is not None:
        f = tb.tb_frame
        print(f.f_code.co_name, tb.tb_lineno, f.f_lineno, f.f_code.co_firstlineno)
        tb = tb.tb_next
    del tb, f
@contextlib.contextmanager
def failing_enter():
    raise OSError("cannot enter")
    yield
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(failing_enter())
except OSError:
    print(exc_text())
