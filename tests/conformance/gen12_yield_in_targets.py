class Rec:
    def __init__(self, name): object.__setattr__(self, 'name', name)
    def __setitem__(self, k, v): print(self.name, 'setitem', k, v)
    def __getitem__(self, k): print(self.name, 'getitem', k); return 10
    def __delitem__(self, k): print(self.name, 'delitem', k)
    def __setattr__(self, k, v): print(self.name, 'setattr', k, v); object.__setattr__(self, k, v)

def f(d):
    d[(yield "a")] = d[(yield "b")] = 27
data = [1, 2]
g = f(data)
print(g.send(None), g.send(0))
try:
    g.send(1)
except StopIteration:
    pass
print(data)

r = Rec('r')
def h():
    (yield 'obj').attr = yield 'value'
    a, (b, r[(yield 'key')]), *c = (yield 'seq')
    print('a b c', a, b, c)
    r[(yield 'k2')] += yield 'inc'
    for r[(yield 'fk')] in range(2):
        print('loop')
    del r[(yield 'dk')], r[(yield 'dk2')]
    assert (yield 'test'), (yield 'msg')
x = h()
print(next(x))
for v in [5, r, [1, (2, 3), 4, 5], 'K', 'K2', 1, 'FK', 'FK2', 'D1', 'D2', 0]:
    print(x.send(v))
try:
    x.send('the message')
except AssertionError as e:
    print('AssertionError', e)

def raiser():
    raise (yield 'exc') from (yield 'cause')
y = raiser(); next(y); y.send(ValueError('v'))
try:
    y.send(KeyError('k'))
except ValueError as e:
    print(repr(e), repr(e.__cause__))

def withgen():
    class CM:
        def __enter__(self): return 'entered'
        def __exit__(self, *a): print('exit', a[0])
    with CM() as r[(yield 'wk')]:
        print('body')
z = withgen(); print(next(z))
try:
    z.send('WK')
except StopIteration:
    pass
# a value held across the target's yield stays alive until stored
import gc, weakref
class V: pass
def keeper(box):
    box[(yield)] = V()
box = {}
k = keeper(box); next(k); gc.collect()
try:
    k.send('key')
except StopIteration:
    pass
print(type(box['key']).__name__)
