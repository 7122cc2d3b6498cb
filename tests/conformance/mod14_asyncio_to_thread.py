# asyncio.to_thread and run_in_executor: the loop waits in its selector
# while the executor's thread runs; asyncio.run's shutdown_default_executor
# wakes it through call_soon_threadsafe from another thread.
import asyncio
import concurrent.futures
import threading


def blocking(n):
    return sum(range(n)), threading.current_thread() is not threading.main_thread()


async def main():
    print(await asyncio.to_thread(blocking, 10))
    loop = asyncio.get_running_loop()
    r = await asyncio.gather(loop.run_in_executor(None, blocking, 5),
                             asyncio.to_thread(blocking, 3))
    print(r)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
        print(await loop.run_in_executor(ex, pow, 2, 10))
    try:
        await asyncio.to_thread(int, 'x')
    except ValueError as e:
        print('ValueError', e)
    return 'done'


print(asyncio.run(main()))
print(asyncio.run(main()))
print(threading.active_count())
