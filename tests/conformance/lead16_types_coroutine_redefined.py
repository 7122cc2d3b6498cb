# A @types.coroutine generator function defined again (the def runs once per
# call of the enclosing function): every new function's generators are
# awaitable, as each has its own CO_ITERABLE_COROUTINE code in CPython.
import types


def make(step):
    @types.coroutine
    def pause(v):
        return (yield v * step)

    async def job():
        got = await pause(1)
        return got + 100

    return job


for step in (10, 20, 30):
    coro = make(step)()
    print('yielded', coro.send(None))
    try:
        coro.send(step)
    except StopIteration as e:
        print('returned', e.value)

print(bool(make(2).__code__.co_flags & 0x80))
