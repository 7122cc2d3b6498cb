# Cancellation (a message, CancelledError through try/finally, cancelled()),
# wait_for timeouts, futures failed by call_later, many tasks gathered, and
# loops made by hand: new_event_loop/run_until_complete/close,
# set_event_loop/get_event_loop and asyncio.Runner.
import asyncio

async def count(n):
    total = 0
    for i in range(n):
        await asyncio.sleep(0)
        total += i
    return total

async def main():
    rs = await asyncio.gather(*(count(20) for _ in range(200)))
    print(sum(rs))
    t = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    t.cancel("because")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancel msg", e.args)
    async def inner():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("inner cancelled")
            raise
        finally:
            print("inner finally")
    t = asyncio.create_task(inner())
    await asyncio.sleep(0.1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled())
    try:
        await asyncio.wait_for(inner(), 0.1)
    except asyncio.TimeoutError as e:
        print("wait_for timeout", type(e))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_exception, ValueError("fut err"))
    try:
        await fut
    except ValueError as e:
        print("fut", e)
    print(fut)

loop = asyncio.new_event_loop()
print(loop.run_until_complete(count(5)))
loop.run_until_complete(main())
loop.close()
print(loop)
asyncio.set_event_loop(asyncio.new_event_loop())
loop = asyncio.get_event_loop()
print(loop.run_until_complete(asyncio.sleep(0.1, "x")))
with asyncio.Runner() as runner:
    print(runner.run(count(3)))
