# What keeps objects alive after an exception: a saved exception's traceback
# holds the failing frame's locals until deleted; frame.clear() releases them
# early; a generator that raised is finished; __context__ keeps its own
# traceback.
# CPython: Objects/frameobject.c frame_clear, Python/ceval.c.
import sys, gc
class Big:
    def __init__(self, n): self.n = n
    def __del__(self): print("Big del", self.n)
def fail():
    big = Big("in frame")
    raise RuntimeError("x")
try:
    fail()
except RuntimeError as e:
    saved = e
print("handler done; saved holds traceback")
del saved
print("after del saved")
def fail2():
    b = Big("frame2")
    1 / 0
try:
    fail2()
except ZeroDivisionError as e:
    tb = e.__traceback__
print("tb kept", tb.tb_next.tb_frame.f_code.co_name)
tb.tb_next.tb_frame.clear()
print("frame cleared")
del tb
def gen_err():
    g = Big("gen local")
    yield 1
    raise KeyError("k")
it = gen_err(); next(it)
try: next(it)
except KeyError as e: err = e
print("gen done", it.gi_frame)
del err, it
print("end")
try:
    raise ValueError("ctx")
except ValueError:
    try:
        raise TypeError("inner")
    except TypeError as t:
        kept = t
print(type(kept.__context__).__name__, kept.__context__.__traceback__ is not None)
