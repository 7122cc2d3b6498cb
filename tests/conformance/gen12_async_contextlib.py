# contextlib's asynchronous half: asynccontextmanager, aclosing,
# AsyncExitStack, nullcontext under `async with`, driven by asyncio.run.
import asyncio
import gc
import weakref
from contextlib import (asynccontextmanager, aclosing, AsyncExitStack,
                        nullcontext, AbstractAsyncContextManager)

log = []

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append('del ' + self.name)

@asynccontextmanager
async def opened(name):
    r = Resource(name)
    log.append('open ' + name)
    try:
        yield r
    finally:
        log.append('close ' + name)

async def ticks(n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        log.append('ticks closed')

@opened('decorated')
async def decorated_body():
    log.append('in decorated body')
    return 7

async def main():
    async with opened('a') as a:
        log.append('using ' + a.name)
    del a
    log.append('after a')
    try:
        async with opened('b'):
            raise KeyError('inside')
    except KeyError as e:
        log.append('caught %r' % (e,))
    async with aclosing(ticks(10)) as t:
        async for i in t:
            if i == 2:
                break
    log.append('after aclosing')
    async with AsyncExitStack() as stack:
        r1 = await stack.enter_async_context(opened('s1'))
        r2 = await stack.enter_async_context(opened('s2'))
        async def cb(tag):
            log.append('callback ' + tag)
        stack.push_async_callback(cb, 'x')
        stack.callback(log.append, 'sync callback')
        log.append('stack body %s %s' % (r1.name, r2.name))
        del r1, r2
    log.append('after stack')
    async with nullcontext(5) as v:
        log.append('nullcontext %s' % v)
    log.append('decorated -> %s' % await decorated_body())
    # a generator that does not yield
    @asynccontextmanager
    async def empty():
        if False:
            yield
    try:
        async with empty():
            pass
    except RuntimeError as e:
        log.append('RuntimeError: %s' % e)
    # suppression by the generator
    @asynccontextmanager
    async def swallow():
        try:
            yield
        except ZeroDivisionError:
            log.append('swallowed')
    async with swallow():
        1 / 0
    log.append('after swallow')

asyncio.run(main())
for line in log:
    print(line)
print(isinstance(nullcontext(), AbstractAsyncContextManager))
class Both:
    async def __aenter__(self): return self
    async def __aexit__(self, *a): return None
print(issubclass(Both, AbstractAsyncContextManager), issubclass(int, AbstractAsyncContextManager))
print(AbstractAsyncContextManager[int])
