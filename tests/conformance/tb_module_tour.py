# traceback module tour: format_exc, print_exc(file=), format_exception,
# chains (cause/context, chain=False), extract_tb/walk_tb/format_tb limits,
# recursion cut-off, extract_stack/format_stack, TracebackException, notes,
# a multi-line statement (the line of the failing part), clear_frames
# releasing a saved frame's locals.
import sys


class _PathFilter:
    """stdout with this file's path shown as FILE (python3 prints the
    script's absolute path, which depends on the checkout)."""
    def __init__(self, out):
        self.out = out
    def write(self, s):
        return self.out.write(s.replace(__file__, 'FILE'))
    def flush(self):
        pass


sys.stdout = _PathFilter(sys.stdout)
import sys, traceback

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

def parse(text):
    return int(text) * 2

def load(items):
    total = 0
    for item in items:
        total = total + parse(item)
    return total

def deep(n):
    if n == 0:
        raise RuntimeError('bottom')
    return deep(n - 1)

try:
    load(['1', 'x'])
except ValueError:
    print(traceback.format_exc())

try:
    deep(6)
except RuntimeError as e:
    traceback.print_exc(file=sys.stdout)
    print(''.join(traceback.format_exception(e)))
    print(traceback.format_exception_only(type(e), e))
    tb = e.__traceback__
    print([f.name for f in traceback.extract_tb(tb)], len(list(traceback.walk_tb(tb))))
    s = traceback.extract_tb(tb, limit=2)
    print(s, s[0], s[0].line, s[0].lineno, tuple(s[1]))
    print(traceback.format_tb(tb, limit=-1))

def cause():
    try:
        {}['key']
    except KeyError as exc:
        raise ValueError('wrapped') from exc

try:
    cause()
except ValueError:
    traceback.print_exc(file=sys.stdout)

def context():
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_thing

try:
    context()
except NameError:
    traceback.print_exc(file=sys.stdout, chain=False)
    print('---')
    traceback.print_exc(file=sys.stdout)

def keep():
    r = Res('local')
    raise KeyError('k')

try:
    keep()
except KeyError as e:
    saved = e
print('saved traceback keeps the frame')
traceback.clear_frames(saved.__traceback__)
print('after clear_frames')
del saved

def outer():
    return inner()
def inner():
    return traceback.extract_stack()
for fs in outer():
    print(fs.name, fs.lineno, fs.line)
print(traceback.format_stack()[-1], end='')
te = traceback.TracebackException.from_exception(ValueError('standalone'))
print(list(te.format()), str(te), te.exc_type)
x = [1, 2]
try:
    print(x[0] + x[1] ** 'a')
except TypeError:
    traceback.print_exc(file=sys.stdout)
try:
    value = (x[0] +
             x[5])
except IndexError:
    traceback.print_exc(file=sys.stdout)
e = ValueError('noted')
e.add_note('a note')
e.add_note('two\nlines')
print(traceback.format_exception_only(e))
try:
    assert x == [], f'x is {x}'
except AssertionError:
    traceback.print_exc(file=sys.stdout, limit=1)
print(traceback.format_exception(None, None, None))
