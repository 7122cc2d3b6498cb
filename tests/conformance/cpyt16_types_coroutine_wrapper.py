# types.coroutine of a callable that is not a generator function wraps the
# generator it returns in types._GeneratorWrapper (awaitable, forwarding
# send/throw/close and the gi_/cr_ attributes); a generator function is
# marked as an iterable coroutine and returned as is.
import types

def gen():
    got = yield 1
    print('gen got', got)
    yield 2
    return 'done'

class Callable:
    def __call__(self):
        return gen()

coro_func = types.coroutine(Callable())
w = coro_func()
print(type(w).__name__, w.__name__, w.__qualname__)
print(w.gi_code is w.cr_code, w.gi_running, w.cr_await)
print(iter(w) is not w, w.__await__() is not w)
print(next(w), w.send('x'))
try:
    w.send(None)
except StopIteration as e:
    print('StopIteration', e.value)
w.close()

@types.coroutine
def sleeper(n):
    for i in range(n):
        yield ('tick', i)
    return n

async def main():
    r = await sleeper(2)
    print('sleeper returned', r)
    r = await types.coroutine(lambda: gen())()
    print('wrapped returned', r)

c = main()
try:
    while True:
        print('yielded', c.send(None))
except StopIteration:
    pass

print(types.coroutine(sleeper) is sleeper)
print(sleeper.__code__.co_flags & 0x100 != 0)

class NotGen:
    def send(self, v): pass
print(type(types.coroutine(lambda: NotGen())()).__name__)
try:
    types.coroutine(1)
except TypeError as e:
    print('TypeError', e)
