# Tasks and gather over sleeps of different lengths: the order in which
# they start and finish is the event loop's (ready queue, then timers by
# deadline), the results come back in argument order, and task names count
# from Task-1 (asyncio.run's main task).
import asyncio


async def worker(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("end", name)
    return name.upper()


async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    print(asyncio.current_task().get_name())
    t = asyncio.create_task(worker("a", 0.2))
    print(t.get_name(), t.done())
    r = await asyncio.gather(worker("b", 0.3), worker("c", 0.1), t, ticker(3))
    print(r)
    named = asyncio.create_task(worker("d", 0), name="custom")
    print(named.get_name())
    named.set_name("renamed")
    print(await named, named.get_name())
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(1.5)
    print("slept", round(loop.time() - start, 1))
    f = loop.create_future()
    loop.call_later(0.2, f.set_result, "later")
    loop.call_soon(print, "soon 1")
    loop.call_soon(print, "soon 2")
    print(await f)
    return 5


print(asyncio.run(main()))
