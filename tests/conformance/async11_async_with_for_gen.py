# async with / async for / async generators / async comprehensions driven
# by hand (no event loop): __aenter__/__aexit__ awaited, StopAsyncIteration,
# asend/aclose, and a coroutine that is never awaited (its RuntimeWarning on
# stderr, made visible on stdout here).
import os
import sys

# Paths in messages are shown relative to this file's folder.
_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep


class _Stripped:
    def __init__(self, stream):
        self.stream = stream

    def write(self, s):
        return self.stream.write(s.replace(_DIR, ""))

    def flush(self):
        self.stream.flush()


sys.stdout = _Stripped(sys.stdout)
sys.stderr = sys.stdout

import types, sys

@types.coroutine
def nap():
    yield "nap"

class ACM:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        print("enter", self.name)
        await nap()
        return self
    async def __aexit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        await nap()
        return self.name == "swallow"

class AIter:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        await nap()
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i

async def agen(n):
    for i in range(n):
        await nap()
        yield i * 10
    print("agen end")

async def main():
    async with ACM("a") as a, ACM("b"):
        print("body", a.name)
    async with ACM("swallow"):
        raise ValueError("x")
    try:
        async with ACM("noswallow"):
            raise KeyError("k")
    except KeyError as e:
        print("caught", e)
    async for x in AIter(3):
        print("x", x)
    else:
        print("else")
    async for y in agen(3):
        print("y", y)
    print([z async for z in agen(2)])
    print({z: z async for z in AIter(2)})
    g = agen(5)
    print(await g.__anext__(), await g.asend(None))
    await g.aclose()
    print("closed", g.ag_frame)
    ag = (v * 2 async for v in AIter(3))
    print(type(ag).__name__)
    print([w async for w in ag])
    print([await f for f in [asq(1), asq(2)]])
    return "main done"

async def asq(x):
    await nap()
    return x * x

def run(coro):
    n = 0
    try:
        while True:
            coro.send(None)
            n += 1
    except StopIteration as e:
        print("result", e.value, "steps", n)

run(main())
async def never():
    pass
def f():
    never()
f()
print("end")
