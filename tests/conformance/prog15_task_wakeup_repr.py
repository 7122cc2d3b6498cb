# A task awaiting a future is one of its callbacks: _asyncio's task_wakeup.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    async def waiter():
        return await fut

    task = asyncio.ensure_future(waiter())
    await asyncio.sleep(0)
    print(fut)
    print(task._fut_waiter is fut)
    fut.set_result(42)
    print(await task)
    print(fut, task.done())


asyncio.run(main())
