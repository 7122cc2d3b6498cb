# asyncio's loop is BaseSelectorEventLoop: it owns a selector, a self-pipe
# socketpair, a _transports WeakValueDictionary and a _signal_handlers
# dict; readers, sock_recv/sock_sendall over socketpair; and what a failed
# wait_for leaves for the collector after asyncio.run().
import asyncio
import collections
import gc
import selectors
import socket


loop = asyncio.new_event_loop()
print(type(loop).__name__, type(loop).__mro__[1].__name__)
print(sorted(k for k in vars(loop) if k in
             ('_selector', '_ssock', '_csock', '_transports', '_signal_handlers', '_internal_fds')))
print(type(loop._selector).__name__, loop._internal_fds, len(loop._selector.get_map()))
print(loop._ssock.getblocking(), type(loop._transports).__name__)


async def echo(rsock, wsock):
    data = await loop.sock_recv(rsock, 100)
    await loop.sock_sendall(wsock, data.upper())
    return data


async def main():
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    got = []
    loop.add_reader(b, lambda: got.append(b.recv(10)))
    a.send(b"ping")
    await asyncio.sleep(0)
    print("reader got", got)
    print("removed", loop.remove_reader(b), loop.remove_reader(b))
    task = asyncio.ensure_future(echo(b, b))
    await asyncio.sleep(0)
    print("waiting:", task.done())
    a.send(b"hello")
    print("echo", await task, a.recv(10))
    a.close()
    b.close()
    fut = loop.create_future()
    loop.call_soon_threadsafe(fut.set_result, 42)
    print("threadsafe", await fut)
    print("callbacks", fut._callbacks)
    f2 = loop.create_future()
    cbs = [lambda f: None for _ in range(3)]
    for cb in cbs:
        f2.add_done_callback(cb)
    print(len(f2._callbacks), f2.remove_done_callback(cbs[1]), len(f2._callbacks))
    print(f2.remove_done_callback(cbs[0]), len(f2._callbacks))


loop.run_until_complete(main())
loop.close()
print(loop.is_closed(), loop._selector, loop._ssock)


async def failing():
    async def boom():
        await asyncio.sleep(0)
        raise ValueError("boom")
    try:
        await asyncio.wait_for(boom(), 1)
    except ValueError as e:
        print("caught", e)

gc.collect()
asyncio.run(failing())
gc.set_debug(gc.DEBUG_SAVEALL)
print("collected", gc.collect())
print(sorted(collections.Counter(type(o).__name__ for o in gc.garbage).items()))
gc.set_debug(0)
gc.garbage.clear()
