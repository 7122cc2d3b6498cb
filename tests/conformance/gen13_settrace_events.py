# sys.settrace: the events CPython 3.11 reports (call, line, return,
# exception) for functions, loops, with, try/except, generators, class
# bodies and comprehensions; a local trace function set from 'call'.
import sys

events = []

def tracer(frame, event, arg):
    if event == 'exception':
        arg = (arg[0].__name__, str(arg[1]))
    elif event == 'return' and not isinstance(arg, (int, str, type(None), list, bool)):
        arg = type(arg).__name__
    events.append((event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno, arg))
    return tracer

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False

def loops(n):
    total = 0
    for i in range(n):
        total += i
    while n > 0:
        n -= 1
    while True:
        n += 1
        if n > 1:
            break
    for i in range(3):
        if i:
            continue
        total += 10
    else:
        total += 100
    for i in [1]: pass
    while n: n -= 1
    return total

def branches(x):
    if x > 1:
        y = 1
    elif x:
        y = 2
    else:
        y = 3
    with CM() as c:
        y += 1
    with CM(): pass
    return y

def raiser():
    raise ValueError('boom')

def catcher():
    try:
        raiser()
    except KeyError:
        return 'key'
    except ValueError:
        pass
    finally:
        done = True
    try:
        1 / 0
    except ZeroDivisionError as e:
        del e
    return 'ok'

def gen():
    yield 1
    x = yield 2
    return 3

def comprehension():
    return [x * 2 for x in range(2)]

def run(f, *args):
    del events[:]
    sys.settrace(tracer)
    try:
        f(*args)
    finally:
        sys.settrace(None)
    for e in events:
        print(*e)
    print('--')

run(loops, 2)
run(branches, 0)
run(branches, 2)
run(catcher)
run(lambda: list(gen()))
run(comprehension)

def klass():
    class K:
        a = 1
        def m(self):
            return self.a
    return K().m()

run(klass)

def uncaught():
    raiser()

try:
    run(uncaught)
except ValueError as e:
    print('caught', e)
print(sys.gettrace())
