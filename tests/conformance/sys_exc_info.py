# sys.exc_info() and sys.exception(): the exception being handled, found through the
# frame stack; the tuple holds the traceback, which holds the frames and their locals.
import sys
import gc
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
print(sys.exc_info(), sys.exception())
def fail():
    d = D("in failing frame")
    raise ValueError("boom")
def inner():
    t, v, tb = sys.exc_info()
    print("inner sees", t.__name__, v, tb is v.__traceback__, sys.exception() is v)
try:
    fail()
except ValueError:
    info = sys.exc_info()
    print(info[0].__name__, info[1], type(info[2]).__name__)
    inner()
    try:
        raise KeyError("nested")
    except KeyError:
        print("nested", repr(sys.exception()))
    print("back to", repr(sys.exception()))
print("after except", sys.exc_info(), sys.exception())
print("info keeps the frame alive")
del info
print("info dropped")
def swallow():
    try:
        raise RuntimeError("x")
    except RuntimeError:
        return sys.exc_info()[1]
e = swallow()
print(type(e).__name__, e, sys.exception())
try:
    sys.exc_info(1)
except TypeError as err:
    print(err)
