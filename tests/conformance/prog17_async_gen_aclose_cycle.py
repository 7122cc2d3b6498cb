import asyncio

class Res:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("Res del", self.n)

async def agen(n):
    r = Res(n)
    try:
        for i in range(3):
            yield i
    finally:
        print("agen finally", n)

async def main():
    g = agen(1)
    print(await g.__anext__())
    await g.aclose()
    print("closed")
    async for v in agen(2):
        if v == 1:
            break
    print("broke out")

asyncio.run(main())
print("end")
