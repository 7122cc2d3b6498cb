# sys.setprofile, a trace function that raises (it is removed), f_trace
# set on a running frame, f_trace_lines, a local tracer replaced by its own
# result, and the StopIteration 'exception' events of `yield from`/`await`.
import sys

def show(tag):
    def hook(frame, event, arg):
        if event == 'exception':
            arg = (arg[0].__name__, arg[1].args)
        elif event == 'return' and arg is not None and not isinstance(arg, (int, str)):
            arg = type(arg).__name__
        print(tag, event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno, arg)
        return hook
    return hook

def add(a, b):
    c = a + b
    return c

def twice(x):
    return add(x, x)

# The profile function: call and return of Python frames, no line events.
sys.setprofile(show('P'))
twice(3)
sys.setprofile(None)
print(sys.getprofile())

# A trace function that raises: it is removed and its error propagates.
def bad(frame, event, arg):
    if event == 'line':
        raise RuntimeError('tracer failed at ' + frame.f_code.co_name)
    return bad

sys.settrace(bad)
try:
    twice(1)
except RuntimeError as e:
    print('error:', e)
print(sys.gettrace())

# f_trace_lines = False: no line events, the rest still reported.
def quiet(frame, event, arg):
    frame.f_trace_lines = False
    print('Q', event, frame.f_code.co_name, arg)
    return quiet

sys.settrace(quiet)
add(1, 2)
sys.settrace(None)

# A local trace function replaced by what it returns.
def first(frame, event, arg):
    print('first', event, frame.f_lineno - frame.f_code.co_firstlineno)
    return second

def second(frame, event, arg):
    print('second', event, frame.f_lineno - frame.f_code.co_firstlineno)
    return None

def glob(frame, event, arg):
    return first

sys.settrace(glob)
add(2, 2)
sys.settrace(None)

# f_trace of a frame already running (as bdb sets it on its callers).
def running():
    sys.settrace(lambda *a: None)
    sys._getframe().f_trace = show('R')
    x = 1
    y = 2
    return x + y

running()
sys.settrace(None)

# yield from and await: the delegating frame sees the delegate's StopIteration.
def inner():
    yield 1
    return 'done'

def outer():
    r = yield from inner()
    return r

async def coro():
    return 5

async def main():
    v = await coro()
    return v

sys.settrace(show('G'))
print(list(outer()))
c = main()
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
sys.settrace(None)
