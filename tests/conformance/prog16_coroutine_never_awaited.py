import gc, warnings
async def work(): return 1
warnings.simplefilter("ignore")
c = work()
print(type(c).__name__, c.cr_running, c.cr_frame is not None)
c.close()
print(c.cr_frame)
c2 = work()
try:
    c2.send(1)
except TypeError as e:
    print("TypeError", e)
c2.close()
c3 = work()
try:
    c3.send(None)
except StopIteration as e:
    print("result", e.value)
try:
    c3.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
