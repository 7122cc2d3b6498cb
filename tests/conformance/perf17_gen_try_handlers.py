# Generators with `yield` in except clauses and finally blocks (the flat
# driver's try entry): a bad except type, break in finally, continue in a
# handler, yield in finally on close, a generator in a cycle finalized by
# the collector, else raising, the handler's name cleared, sys.exc_info.
import gc
import sys


def ge():
    try:
        yield 1
    except 42:
        pass
    finally:
        print('fin ge')


g = ge()
next(g)
try:
    g.throw(ValueError('m'))
except TypeError as e:
    print('TypeError', e, repr(e.__context__))


def gf():
    for i in range(3):
        try:
            yield i
        finally:
            if i == 1:
                break
    yield 'after'


g = gf()
print(next(g), next(g))
print(g.throw(KeyError('lost')))
print(list(g))


def gg():
    while True:
        try:
            x = yield
            print('x', x)
        except ValueError as e:
            print('val', e)
            continue
        finally:
            print('fin')


g = gg()
next(g)
g.send(1)
g.throw(ValueError('a'))
g.send(2)
g.close()


def gh():
    try:
        yield 1
    finally:
        yield 2


g = gh()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError', e)
print(g.gi_frame is None)
del g


def gi():
    try:
        yield 'a'
    finally:
        print('finalized gi', sys.exc_info()[0].__name__)


class Holder:
    pass


h = Holder()
h.g = gi()
h.self = h
next(h.g)
del h
gc.collect()
print('after collect')


def gj():
    try:
        try:
            yield 1
        except KeyError:
            print('no')
        else:
            yield 'else'
            raise IndexError('in else')
    except IndexError as e:
        print('outer', e, e.__context__)
        return 'done'


g = gj()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('value', e.value)


def gk():
    e = None
    try:
        yield 1
    except ValueError as e:
        pass
    try:
        print(e)
    except NameError as ne:
        print('NameError', ne)
    yield 2


g = gk()
next(g)
print(g.throw(ValueError('cleared')))


def gl():
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            yield repr(sys.exc_info()[1])
        finally:
            yield repr(sys.exc_info()[1])
    yield sys.exc_info()


print(list(gl()))
g = gl()
print(next(g))
print(sys.exc_info())
print(g.throw(OSError('thrown')))
try:
    next(g)
except OSError as e:
    print('OSError', e, repr(e.__context__))
