# Async generators under asyncio: breaking out of `async for` leaves the
# generator suspended until the loop finalizes it (aclose scheduled by the
# finalizer hook, or shutdown_asyncgens at the end of asyncio.run),
# asend/athrow/aclose by hand, and the errors of a misused generator.
import asyncio
import gc


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


async def ticks(n, tag):
    r = Res(tag)
    try:
        for i in range(n):
            await asyncio.sleep(0.01)
            yield i
    finally:
        print("finally", tag)


async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    except KeyError as e:
        yield ("caught", e.args[0], received)
    finally:
        print("echo finally")


async def main():
    async for x in ticks(5, "broken"):
        print("x", x)
        if x == 1:
            break
    print("after break")
    await asyncio.sleep(0.1)
    print([x async for x in ticks(3, "full")])
    kept = ticks(10, "kept")
    print(await kept.__anext__())
    e = echo()
    print(await e.asend(None))
    print(await e.asend("a"))
    print(await e.asend("b"))
    print(await e.athrow(KeyError("k")))
    await e.aclose()
    try:
        await e.asend(None)
    except StopAsyncIteration:
        print("exhausted")
    print(type(e).__name__, e.ag_running, e.ag_frame)
    g = (i * i async for i in ticks(3, "genexp"))
    print(type(g).__name__, [v async for v in g])
    print("main end")


asyncio.run(main())
print("after run")
