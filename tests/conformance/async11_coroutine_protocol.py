# Coroutine objects driven by hand: send/throw/close, cr_* attributes,
# __await__ iterators, types.coroutine generators and the protocol errors.
import types
import inspect


async def double(x):
    return x * 2


async def chain(x):
    a = await double(x)
    b = await double(a)
    return a + b


c = chain(3)
print(type(c).__name__, c.__name__, c.__qualname__)
print(inspect.iscoroutine(c), inspect.iscoroutinefunction(chain), inspect.isawaitable(c))
print(c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_code.co_name)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(c.cr_frame)
for call in (lambda: c.send(None), lambda: c.throw(ValueError)):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)
c.close()


@types.coroutine
def pause(tag):
    got = yield tag
    return got


async def pauser():
    first = await pause("one")
    second = await pause("two")
    return first + second


p = pauser()
print(p.send(None))
print(p.cr_await.__name__ if p.cr_await else None)
print(p.send("A"))
try:
    p.send("B")
except StopIteration as e:
    print("result", e.value)

q = pauser()
print(q.send(None))
try:
    q.throw(KeyError("inside"))
except KeyError as e:
    print("KeyError out", e)

r = pauser()
r.send(None)
r.close()
print("closed", r.cr_frame)


class Awaitable:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        sent = yield ("from __await__", self.v)
        return (self.v, sent)


async def use_awaitable():
    return await Awaitable(5)


u = use_awaitable()
print(u.send(None))
try:
    u.send("reply")
except StopIteration as e:
    print(e.value)


class BadAwait:
    def __await__(self):
        return 42


async def bad(x):
    return await x


for obj in (1, BadAwait(), double(1)):
    co = bad(obj)
    try:
        co.send(None)
    except StopIteration as e:
        print("ok", e.value)
    except TypeError as e:
        print("TypeError:", e)

w = double(21).__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("wrapper returned", e.value)

d = double(1)
for f in (lambda: next(d), lambda: iter(d), lambda: d.send(5)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
d.close()


def gen():
    yield from double(2)


try:
    next(gen())
except TypeError as e:
    print("TypeError:", e)
