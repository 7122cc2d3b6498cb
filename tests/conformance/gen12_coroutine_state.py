import inspect
async def a():
    pass
c = a()
print(inspect.getcoroutinestate(c))
c.send(None) if False else None
try:
    c.send(None)
except StopIteration:
    pass
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
async def b(x):
    y = x + 1
    await sus()
import types
@types.coroutine
def sus():
    yield 'tick'
cb = b(1)
print(inspect.getcoroutinestate(cb), inspect.getcoroutinelocals(cb))
cb.send(None)
print(inspect.getcoroutinestate(cb), sorted(inspect.getcoroutinelocals(cb).items()))
cb.close()
print(inspect.getcoroutinestate(cb))
