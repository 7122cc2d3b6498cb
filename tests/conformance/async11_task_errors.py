# Errors around tasks, with stderr shown on stdout: a task whose exception
# nobody retrieves is reported when the task dies ("Task exception was never
# retrieved", through the loop's exception handler and logging), a custom
# exception handler, and an exception that escapes asyncio.run.
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


async def bad(tag):
    await asyncio.sleep(0.1)
    raise KeyError(tag)


async def main():
    t = asyncio.create_task(bad("lost"))
    await asyncio.sleep(0.5)
    print("task done:", t.done())
    del t
    print("after del")
    loop = asyncio.get_running_loop()

    def handler(loop, context):
        print("handler:", context["message"], repr(context.get("exception")))

    loop.set_exception_handler(handler)
    t = asyncio.create_task(bad("handled"))
    await asyncio.sleep(0.5)
    del t
    loop.set_exception_handler(None)
    t = asyncio.create_task(bad("retrieved"))
    await asyncio.sleep(0.5)
    print("exception:", repr(t.exception()))
    del t
    await helper()


async def helper():
    raise ValueError("boom")


try:
    asyncio.run(main())
except ValueError as e:
    print("caught", repr(e))
asyncio.run(main())
