import sys, gc, weakref

class Big:
    def __init__(self, name): self.name = name
    def __del__(self): print("Big del", self.name)

def fail(tag):
    local = Big(tag)
    raise ValueError(tag)

try:
    fail("one")
except ValueError as e:
    print("caught", e)
print("after except block (e deleted)")

saved = None
try:
    fail("two")
except ValueError as e:
    saved = e
print("saved exception keeps frame:", saved.__traceback__.tb_next.tb_frame.f_locals["local"].name)
saved = None
print("dropped saved")

try:
    fail("three")
except ValueError:
    info = sys.exc_info()
print("exc_info type:", info[0].__name__)
del info
print("after del info")

def keep_tb():
    try:
        fail("four")
    except ValueError as e:
        return e.__traceback__
tb = keep_tb()
print("tb frames:", tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
tb.tb_next.tb_frame.clear()
print("cleared frame")
del tb

def chained():
    try:
        fail("five")
    except ValueError as e:
        raise RuntimeError("wrapped") from e
try:
    chained()
except RuntimeError as e:
    print("cause:", repr(e.__cause__))
    err = e
print("kept err")
err.__cause__ = None
print("cut cause")
del err
print("end")
