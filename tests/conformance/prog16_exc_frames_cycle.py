import gc, sys
class Tracked:
    def __init__(self, n): self.n = n
    def __del__(self): print("del Tracked", self.n)
def fail():
    t = Tracked(1)
    raise ValueError("boom")
try:
    fail()
except ValueError as e:
    print("caught", e)
print("after except: e deleted?", "e" not in dir())
def keep():
    try:
        fail()
    except ValueError as e:
        return e
err = keep()
print("err alive, frame locals hold Tracked")
print(err.__traceback__.tb_next.tb_frame.f_code.co_name)
del err
print("after del err")
gc.collect()
def with_info():
    t = Tracked(2)
    try:
        raise KeyError("k")
    except KeyError:
        info = sys.exc_info()
    print("info type", info[0].__name__)
with_info()
print("after with_info (cycle frame<->info)")
gc.collect()
print("collected")
def cleared():
    t = Tracked(3)
    try:
        raise KeyError("k")
    except KeyError as e:
        tb = e.__traceback__
    tb.tb_frame.clear() if False else None
    del tb
cleared()
print("end")
