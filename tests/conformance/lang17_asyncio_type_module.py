# asyncio.Future and asyncio.Task are _asyncio's C types in CPython: their
# __module__ comes from the tp_name, so reprs and qualified names say _asyncio.
import asyncio

for cls in (asyncio.Future, asyncio.Task):
    print(cls.__module__, cls.__qualname__, repr(cls), f"{cls.__module__}.{cls.__qualname__}")

class MyFuture(asyncio.Future):
    pass

print([c.__module__ for c in MyFuture.__mro__])

async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(5)
    task = asyncio.ensure_future(asyncio.sleep(0, "slept"))
    print(type(fut).__module__, await fut, type(task).__module__, await task)

asyncio.run(main())
