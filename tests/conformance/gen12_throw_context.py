def g():
    yield
x = g(); next(x)
try:
    raise KeyError('caller')
except KeyError:
    try:
        x.throw(ValueError)
    except ValueError as e:
        print(1, repr(e.__context__))

def h():
    try:
        raise KeyError('gen')
    except KeyError:
        yield
x = h(); next(x)
try:
    x.throw(ValueError)
except ValueError as e:
    print(2, repr(e.__context__))

def inner():
    try:
        raise KeyError('inner')
    except KeyError:
        yield
def outer():
    try:
        raise KeyError('outer')
    except KeyError:
        yield from inner()
x = outer(); next(x)
try:
    x.throw(ValueError)
except ValueError as e:
    print(3, repr(e.__context__), repr(e.__context__.__context__))

def inner2():
    yield
def outer2():
    yield from inner2()
x = outer2(); next(x)
try:
    raise KeyError('caller')
except KeyError:
    try:
        x.throw(ValueError)
    except ValueError as e:
        print(4, repr(e.__context__))

def inner3():
    try:
        raise KeyError('inner3')
    except KeyError:
        yield
def outer3():
    yield from inner3()
x = outer3(); next(x)
try:
    x.throw(ValueError)
except ValueError as e:
    print(5, repr(e.__context__))

# throw an exception that already has a context
def h4():
    try:
        raise KeyError('gen4')
    except KeyError:
        yield
x = h4(); next(x)
v = ValueError('v'); v.__context__ = TypeError('old')
try:
    x.throw(v)
except ValueError as e:
    print(6, repr(e.__context__))
# throw the same exception that is being handled
def h5():
    try:
        raise KeyError('gen5')
    except KeyError as k:
        yield k
x = h5(); k = next(x)
try:
    x.throw(k)
except KeyError as e:
    print(7, e is k, repr(e.__context__))
# caught inside generator
def h6():
    try:
        raise KeyError('gen6')
    except KeyError:
        try:
            yield
        except ValueError as e:
            print(8, repr(e.__context__))
            yield 'b'
x = h6(); next(x); print(x.throw(ValueError))
# close with handled exception: GeneratorExit context
def h7():
    try:
        raise KeyError('gen7')
    except KeyError:
        try:
            yield
        except GeneratorExit as e:
            print(9, repr(e.__context__))
            raise
x = h7(); next(x); x.close()

# a coroutine and an async generator take the same chaining
import types
@types.coroutine
def suspend():
    yield 'tick'
async def coro():
    try:
        raise KeyError('coro')
    except KeyError:
        await suspend()
c = coro(); c.send(None)
try:
    c.throw(ValueError('into coro'))
except ValueError as e:
    print(10, repr(e.__context__))

async def agen():
    try:
        raise KeyError('agen')
    except KeyError:
        yield 1
a = agen()
try:
    a.asend(None).send(None)
except StopIteration as s:
    print(11, s.value)
try:
    a.athrow(ValueError('into agen')).send(None)
except ValueError as e:
    print(12, repr(e.__context__))

# a delegate without throw(): the exception is raised at the yield from,
# chained with the delegating frame's handled exception
class Plain:
    def __iter__(self): return self
    def __next__(self): return 'plain'
def outer5():
    try:
        raise KeyError('outer5')
    except KeyError:
        yield from Plain()
x = outer5(); next(x)
try:
    x.throw(ValueError)
except ValueError as e:
    print(13, repr(e.__context__))
# the delegate's own throw() raising something else
class Thrower(Plain):
    def throw(self, *a):
        raise TypeError('from throw method')
def outer6():
    try:
        raise KeyError('outer6')
    except KeyError:
        yield from Thrower()
x = outer6(); next(x)
try:
    x.throw(ValueError)
except TypeError as e:
    print(14, repr(e), repr(e.__context__))
