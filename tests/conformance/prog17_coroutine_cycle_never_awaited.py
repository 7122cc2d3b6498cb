import gc

class Res:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("Res del", self.n)

async def job(n, box):
    r = Res(n)
    return n

box = []
c = job(1, box)
box.append(c)
print("coroutine in a cycle, never awaited")
del c, box
gc.collect()
print("after collect")
async def started(n):
    r = Res(n)
    try:
        await Awaitable()
    finally:
        print("started finally", n)

class Awaitable:
    def __await__(self):
        yield "tick"

s = started(2)
print(s.send(None))
s.close()
print("closed started coroutine")
s2 = started(3)
s2.send(None)
del s2
print("end")
