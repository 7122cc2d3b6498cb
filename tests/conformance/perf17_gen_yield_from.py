# `yield from` as a statement on the flat driver (docs/performance.md Round 15 (b)):
# send/throw/close forwarded, StopIteration.value, gi_yieldfrom, a delegate
# without send/throw methods, errors, finalization and the trace events.
import sys, gc

class R:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)

def inner(n):
    r = R('inner%d' % n)
    try:
        x = yield n
        print('inner got', x)
        y = yield n + 1
        print('inner got', y)
    except ValueError as e:
        print('inner caught', e)
        yield 'recovered'
    finally:
        print('inner fin', n)
    return 'ret%d' % n

def outer():
    v = yield from inner(1)
    print('v', v)
    yield from [10, 11]
    a = b = yield from inner(2)
    print('ab', a, b)
    try:
        yield from inner(3)
    except KeyError as e:
        print('outer caught', repr(e))
    yield from range(2)
    return 'outer done'

g = outer()
print(next(g), g.send('s1'), g.send('s2'))
print(next(g), next(g))
print(type(g.gi_yieldfrom).__name__)
print(next(g), g.throw(ValueError('into inner')))
print(type(g.gi_yieldfrom).__name__)
print(next(g))
print(g.throw(KeyError('k')))
print(type(g.gi_yieldfrom).__name__)
print(next(g))
try: next(g)
except StopIteration as e: print('stop', e.value)

for mode in ['close', 'drop', 'throw-unhandled']:
    g = outer(); next(g)
    try:
        if mode == 'close': g.close(); print('closed', g.gi_yieldfrom)
        elif mode == 'throw-unhandled': g.throw(OSError('x'))
    except BaseException as e:
        print('out', type(e).__name__, e, repr(e.__context__))
    del g
    gc.collect()

class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2: raise StopIteration('itval')
        return self.i
    def send(self, v): print('It.send', v); return self.__next__()
    def throw(self, *a): print('It.throw'); return 99

def g2():
    x = yield from It()
    print('x', x)
g = g2(); print(next(g), g.send('zz'), g.throw(TypeError('t')), next(g, 'end'))

def g3():
    yield from 5
try: next(g3())
except TypeError as e: print('TE', e)

def g4():
    yield from g4_sub()
def g4_sub():
    yield 1
    raise StopIteration('bad')
try: list(g4())
except RuntimeError as e: print('RE', e, repr(e.__cause__))

import types
@types.coroutine
def tc():
    yield 'tc'
async def co():
    await tc()
def g5():
    yield from co()
try: next(g5())
except TypeError as e: print('TE', e)

def g6():
    try:
        yield from g6_sub()
    finally:
        print('g6 fin', sys.exc_info()[0])
def g6_sub():
    try:
        yield 1
    except GeneratorExit:
        print('sub exit')
        raise
g = g6(); next(g); g.close(); print('after close')
g = g6(); next(g); del g; print('after drop')

def tr(frame, ev, arg):
    if frame.f_code.co_name in ('t_outer', 't_inner'):
        print(ev, frame.f_code.co_name, frame.f_lineno, arg if ev in ('return', 'line') and not isinstance(arg, tuple) else '')
    return tr
def t_inner():
    yield 1
    return 'tiv'
def t_outer():
    r = yield from t_inner()
    yield from [7]
    yield r
sys.settrace(tr)
print(list(t_outer()))
sys.settrace(None)
