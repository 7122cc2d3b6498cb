import sys, gc

class Big:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("Big del", self.n)

def fail(n):
    local = Big(n)
    raise KeyError(n)

def keep_exc():
    try:
        fail(1)
    except KeyError as e:
        return e

e = keep_exc()
print("have exc, tb frames alive")
print(type(e.__traceback__.tb_next.tb_frame.f_locals["local"]).__name__)
e.__traceback__ = None
print("tb cleared")
del e
print("---")

def in_handler():
    try:
        fail(2)
    except KeyError:
        info = sys.exc_info()
        print("exc_info type", info[0].__name__)
    print("handler done")

in_handler()
gc.collect()
print("after collect")
try:
    fail(3)
except KeyError as err:
    print("caught", err)
print("err name deleted:", "err" not in globals())
print("end")
