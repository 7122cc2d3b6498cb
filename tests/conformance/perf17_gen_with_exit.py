# Generators with `yield` inside `with` statements (the flat driver's with
# entry): __exit__ on exhaustion, throw, close, a dropped generator, a failing
# __enter__ of a later item, a failing __exit__, a swallowing __exit__, and a
# failing store of a sent value inside `try`.
import gc


class R:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)


class CM:
    def __init__(self, n, swallow=False, fail_enter=False, fail_exit=False):
        self.n = n
        self.swallow = swallow
        self.fe = fail_enter
        self.fx = fail_exit

    def __enter__(self):
        print('enter', self.n)
        if self.fe:
            raise OSError('enter %d' % self.n)
        return R('cm%d' % self.n)

    def __exit__(self, t, v, tb):
        print('exit', self.n, t and t.__name__, v)
        if self.fx:
            raise LookupError('exit %d' % self.n)
        return self.swallow

    def __del__(self):
        print('del cm', self.n)


def g2():
    with CM(1) as a, CM(2):
        r = R('local')
        yield a.n
        yield 'x'
    print('out of with')
    with CM(3, swallow=True):
        yield 'in3'
        raise KeyError('swallowed')
    yield 'last'


for mode in ['plain', 'throw', 'close', 'drop']:
    g = g2()
    print(mode, next(g))
    try:
        if mode == 'plain':
            for v in g:
                print('v', v)
        elif mode == 'throw':
            g.throw(TypeError('t'))
        elif mode == 'close':
            g.close()
    except BaseException as e:
        print('out', type(e).__name__, e)
    print('dropping')
    del g
    gc.collect()


def ga():
    with CM(4) as a, CM(5, fail_enter=True) as b:
        yield a


def gb():
    with CM(6, fail_exit=True):
        yield 1
    yield 'unreached'


def gc_():
    with CM(7, fail_exit=True):
        yield 1
        raise ValueError('body')


def gd():
    for i in range(3):
        with CM(10 + i):
            if i == 1:
                continue
            yield i
            if i == 2:
                break
    return 'gd done'


for f in (ga, gb, gc_, gd):
    g = f()
    try:
        for v in g:
            print('v', v)
    except Exception as e:
        print('out', type(e).__name__, e, repr(e.__context__))
    del g


class Obj:
    @property
    def p(self):
        return 0

    @p.setter
    def p(self, v):
        raise AttributeError('no set %r' % (v,))


def ge(o):
    try:
        with CM(20):
            o.p = yield 1
    except AttributeError as e:
        print('caught', e)
        yield 2


g = ge(Obj())
next(g)
print(g.send('sent'))
del g
