import gc, weakref
def g():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        got = yield ('value', repr(e))
        print('sent', got)
    except* TypeError as e:
        yield ('type', repr(e))
        raise RuntimeError('from type clause')
x = g()
print(next(x))
gc.collect()
print(x.send('hello'))
try:
    next(x)
except ExceptionGroup as eg:
    print(repr(eg))
    for sub in eg.exceptions:
        print(' ', repr(sub), repr(sub.__context__))
def h():
    try:
        raise ValueError('solo')
    except* ValueError as e:
        yield repr(e.exceptions)
    print('after')
    yield 'end'
print(list(h()))
def closed():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError:
        try:
            yield 1
        finally:
            print('cleanup in except*')
c = closed(); next(c); c.close(); print('closed')
