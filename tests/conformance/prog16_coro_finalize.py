import gc, types
class Awaitable:
    def __await__(self):
        yield "suspended"
async def job(name):
    try:
        await Awaitable()
        print("never")
    finally:
        print("job finally", name)
c = job("a")
print(c.send(None))
del c
print("after del a")
c = job("b")
c.send(None)
c.ref = None if False else c
lst = [c]; lst.append(lst)
del c, lst
print("before collect")
gc.collect()
async def simple(): return 42
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
c2 = simple()
c2.close()
print(c2.cr_frame, c2.cr_running)
import warnings
warnings.simplefilter("ignore")
c3 = simple()
del c3
print("end")
