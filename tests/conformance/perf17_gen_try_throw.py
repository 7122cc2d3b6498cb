# Generators with `yield` inside try/except/else/finally (docs/performance.md
# Round 15 (b): run by the flat driver): send, throw and close at each part,
# the exception's context, return in finally, GeneratorExit ignored.
import sys


class R:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)


def g1():
    r = R('g1 local')
    try:
        x = yield 1
        print('got', x)
        yield 2
    except ValueError as e:
        print('caught', e, sys.exc_info()[0].__name__)
        yield 3
    else:
        print('else')
        yield 4
    finally:
        print('finally', sys.exc_info()[0])
        yield 5
    print('after', r.n)


for mode in ['plain', 'throw in body', 'throw unhandled', 'close', 'close in handler']:
    g = g1()
    print(mode, next(g))
    try:
        if mode == 'plain':
            print(g.send('a'), next(g), next(g), next(g, 'end'))
        elif mode == 'throw in body':
            print(g.throw(ValueError('v1')), next(g), next(g, 'end'))
        elif mode == 'throw unhandled':
            print(g.throw(KeyError('k')))
            print(next(g, 'end'))
        elif mode == 'close':
            g.close()
        else:
            print(g.throw(ValueError('v2')))
            g.close()
    except BaseException as e:
        print('out', type(e).__name__, e, repr(e.__context__))
    print('dropping')
    del g


def g3():
    for i in range(4):
        r = R(i)
        try:
            if i == 1:
                continue
            yield i
            if i == 2:
                return 'ret'
        finally:
            print('fin', i)
    yield 'never'


print(list(g3()))
g = g3()
print(next(g))
try:
    while True:
        print(next(g))
except StopIteration as e:
    print('stop', e.value)


def g4():
    try:
        try:
            yield 1
        finally:
            print('inner fin')
            raise RuntimeError('from finally')
    except RuntimeError as e:
        print('ctx', repr(e.__context__))
        yield 2
    try:
        yield 3
    finally:
        return 'overridden'


g = g4()
print(next(g), g.throw(ValueError('vv')), next(g))
try:
    g.throw(IndexError('i'))
except StopIteration as e:
    print('stopped', e.value)


def g5():
    try:
        yield 1
    except GeneratorExit:
        print('ignoring GeneratorExit')
        yield 2


g = g5()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError', e)
del g


def g8():
    try:
        yield 1
    except ValueError:
        raise


g = g8()
next(g)
try:
    g.throw(ValueError('reraised'))
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print('traceback', lines, g.gi_frame)


def g9():
    try:
        yield 1
        1 / 0
    except ZeroDivisionError as e:
        yield type(sys.exc_info()[1]).__name__
        yield e.__traceback__.tb_lineno - g9.__code__.co_firstlineno
    yield sys.exc_info()


print(list(g9()))
