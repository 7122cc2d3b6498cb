# When coroutine frames and what they hold die: a task's locals when its
# coroutine returns, a task itself once finished and unreferenced (its
# weakref callback), a suspended coroutine in a reference cycle (closed by
# the collector, its finally running), and a coroutine cancelled mid-await.
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

import asyncio
import gc
import types
import weakref


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


async def job(n):
    r = Res(f"job{n}")
    await asyncio.sleep(0.1 * n)
    print("job done", n)
    return n


async def main():
    tasks = [asyncio.create_task(job(i), name=f"J{i}") for i in range(1, 4)]
    refs = [weakref.ref(t, lambda w: print("task ref died")) for t in tasks]
    print(tasks[0])
    r = await tasks[0]
    print("got", r, tasks[0])
    del tasks
    print([x() is None for x in refs])
    await asyncio.sleep(1)
    print([x() is None for x in refs])
    t = asyncio.create_task(holder())
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")
    del t
    print("main end")


async def holder():
    r = Res("held by cancelled")
    try:
        await asyncio.sleep(5)
    finally:
        print("holder finally")


asyncio.run(main())

gc.disable()


@types.coroutine
def suspend():
    yield


async def suspended():
    r = Res("in cycle")
    try:
        await suspend()
    finally:
        print("finally of suspended")


class Holder:
    pass


def make():
    h = Holder()
    c = suspended()
    h.c = c
    c.send(None)
    h.self = h
    return weakref.ref(h), weakref.ref(c)


wh, wc = make()
print("before collect", wh() is None, wc() is None)
print("collected", gc.collect() > 0, wh() is None, wc() is None)


async def unstarted():
    r = Res("never")


c = unstarted()
print(c.cr_frame.f_locals)
del c
print("end")
