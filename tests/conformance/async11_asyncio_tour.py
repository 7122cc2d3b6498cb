# A tour of asyncio: Queue producer/consumer, wait_for and timeout(),
# gather(return_exceptions=True), cancel, Lock, Event, Semaphore,
# as_completed, TaskGroup with except*, shield, Condition and wait().
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i)
        await asyncio.sleep(0.01)
    await q.put(None)

async def consumer(q, name):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            await q.put(None)
            break
        print(name, "got", item)
        await asyncio.sleep(0.025)
        q.task_done()

async def slow():
    await asyncio.sleep(10)
    return "slow"

async def failing():
    await asyncio.sleep(0.1)
    raise ValueError("bad")

async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q, 5), consumer(q, "c1"), consumer(q, "c2"))
    try:
        await asyncio.wait_for(slow(), timeout=0.5)
    except asyncio.TimeoutError:
        print("timeout")
    try:
        async with asyncio.timeout(0.2):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout2", type(e).__name__)
    r = await asyncio.gather(failing(), slow(), return_exceptions=True) if False else None
    res = await asyncio.gather(failing(), asyncio.sleep(0.2, result=7), return_exceptions=True)
    print(res)
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled(), t.done())
    lock = asyncio.Lock()
    async def locked(i):
        async with lock:
            print("in lock", i)
            await asyncio.sleep(0.01)
            print("out lock", i)
    await asyncio.gather(*(locked(i) for i in range(3)))
    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        print("woke", i)
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.1)
    ev.set()
    await asyncio.wait(ws)
    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            print("sem in", i)
            await asyncio.sleep(0.1 * (i + 1))
            print("sem out", i)
    await asyncio.gather(*[limited(i) for i in range(4)])
    for coro in asyncio.as_completed([asyncio.sleep(0.3, "x"), asyncio.sleep(0.1, "y"), asyncio.sleep(0.2, "z")]):
        print("as_completed", await coro)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(0.1))
            tg.create_task(failing())
            tg.create_task(slow())
    except* ValueError as eg:
        print("taskgroup", eg.exceptions)
    sh = asyncio.create_task(asyncio.sleep(0.1, "shielded"))
    try:
        await asyncio.wait_for(asyncio.shield(sh), 0.05)
    except TimeoutError:
        print("shield timeout", sh.done())
    print(await sh)
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))
    cond = asyncio.Condition()
    async def cw(i):
        async with cond:
            await cond.wait()
            print("cond", i)
    cts = [asyncio.create_task(cw(i)) for i in range(2)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*cts)
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.1)), asyncio.create_task(asyncio.sleep(1))], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    for p in pending: p.cancel()
    print(repr(asyncio.current_task())[:40])

asyncio.run(main())
print(asyncio.iscoroutinefunction(main))
