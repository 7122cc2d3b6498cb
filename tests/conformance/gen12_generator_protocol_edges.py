import sys, warnings

# frame.clear() on a generator's frame closes the generator (_PyGen_Finalize)
def g():
    try:
        yield 1
        yield 2
    finally:
        print('finally ran')
x = g(); next(x)
x.gi_frame.clear()
print(x.gi_frame, list(x))

# an unstarted coroutine warns when its frame is cleared
async def f():
    pass
c = f()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    c.cr_frame.clear()
print([str(m.message) for m in w])
c.close()

# a frame that is executing cannot be cleared
def self_clear():
    frame = sys._getframe()
    yield frame
gen = self_clear()
fr = next(gen)
def running():
    try:
        me.gi_frame.clear()
    except RuntimeError as e:
        print('RuntimeError:', e)
    yield
me = running()
next(me)
fr.clear()
print(gen.gi_frame)

# throw() with a class whose instance cannot be made: the error is thrown in
class E(Exception):
    def __new__(cls, *args):
        return cls
def boring():
    try:
        yield
    except TypeError as e:
        print('inside:', e)
        yield 'caught'
b = boring(); next(b)
print(b.throw(E))
b2 = boring()
try:
    b2.throw(E)
except TypeError as e:
    print('outside:', e)
print(list(b2))
class Bad(Exception):
    def __init__(self, *a):
        raise ValueError('no init')
b3 = boring(); next(b3)
try:
    b3.throw(Bad)
except ValueError as e:
    print('ValueError:', e)
try:
    b3.throw(ValueError, 1, 2)
except TypeError as e:
    print(e)

# deleting a generator's name is a TypeError; read-only attributes
for o in (g(), f()):
    try:
        del o.__name__
    except TypeError as e:
        print(type(o).__name__, e)
    for name in ('gi_running', 'gi_code', 'cr_running', 'cr_origin'):
        if hasattr(o, name):
            try:
                setattr(o, name, 1)
            except AttributeError as e:
                print(e)
    o.close()

# yield from over a plain iterator returns StopIteration's value
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration('done %d' % self.n)
        return self.n
def deleg():
    r = yield from It()
    print('returned', r)
print(list(deleg()))

# closing a delegating generator whose delegate's close lookup fails
class Broken:
    def __iter__(self): return self
    def __next__(self): return 1
    def __getattr__(self, name): 1/0
def outer():
    try:
        yield from Broken()
    finally:
        print('outer finally')
o = outer(); next(o)
def hook(u):
    print('unraisable', u.exc_type.__name__, type(u.object).__name__)
sys.unraisablehook = hook
o.close()
sys.unraisablehook = sys.__unraisablehook__

# a broken warnings._warn_unawaited_coroutine: unraisable, then the plain warning
orig = warnings._warn_unawaited_coroutine
warnings._warn_unawaited_coroutine = lambda coro: 1/0
sys.unraisablehook = hook
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    f()
print([str(m.message) for m in w])
warnings._warn_unawaited_coroutine = orig
sys.unraisablehook = sys.__unraisablehook__
