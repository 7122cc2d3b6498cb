import asyncio, gc, weakref

class Res:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("Res del", self.n)

async def work(n):
    r = Res(n)
    try:
        await asyncio.sleep(0)
        return n * 10
    finally:
        print("work finally", n)

async def cancelled():
    r = Res("c")
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled caught")
        raise

async def main():
    t1 = asyncio.create_task(work(1))
    t2 = asyncio.create_task(cancelled())
    await asyncio.sleep(0)
    t2.cancel()
    print("t1 result", await t1)
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 cancelled:", t2.cancelled())
    del t1, t2
    print("main end")

asyncio.run(main())
gc.collect()
print("end")
