import asyncio
async def get(n):
    await asyncio.sleep(0)
    return list(range(n))
async def main():
    a = [x * 2 for x in await get(3)]
    b = {x: x for x in await get(2) if x}
    c = [y async for y in agen(await get(2))]
    d = [x for x in await get(2) for z in await get(1)]
    g = list(x + 1 for x in await get(3))
    print(a, b, c, d, g)
async def agen(xs):
    for x in xs:
        yield x
asyncio.run(main())
def gen():
    r = [x * 10 for x in (yield 'first')]
    yield r
    g2 = (x for x in (yield 'again'))
    yield list(g2)
    yield {k: v for k, v in (yield 'pairs')}
x = gen()
print(next(x), x.send([1, 2]), next(x), x.send((3, 4)), next(x), x.send([('a', 1)]))
