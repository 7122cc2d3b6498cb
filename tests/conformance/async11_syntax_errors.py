# Where `await`, `async for`, `async with` and asynchronous comprehensions
# are allowed: compile() reports CPython's SyntaxError for each misuse.
sources = [
    "await x",
    "def f():\n    await x",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "async for x in y: pass",
    "def f():\n    async for x in y: pass",
    "def f():\n    async with x: pass",
    "async with x: pass",
    "lambda: await x",
    "async def f():\n    lambda: await x",
    "def f():\n    [await x for y in z]",
    "def f():\n    return [x async for x in y]",
    "[x async for x in y]",
    "async def f():\n    def g(): await x",
    "async def f():\n    class C:\n        await x",
    "async def f():\n  await = 1",
    "def f():\n  x = [y for y in await z]",
    "async def f():\n    return [x async for x in y]",
    "def f():\n    return (x async for x in y)",
    "async def f():\n    async with a as b, c:\n        pass",
    "async x = 1",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)
    else:
        print(repr(src), "-> ok")

async def f():
    return [y async for y in z]
print(f.__code__.co_flags & 0x180, (lambda: 0).__code__.co_flags & 0x180)

async def g():
    yield
print(g.__code__.co_flags & 0x200)
