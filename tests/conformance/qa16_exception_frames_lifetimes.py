import sys, gc

class Big:
    def __init__(self, name): self.name = name
    def __del__(self): print("Big", self.name, "freed")

def fails():
    local = Big("local-in-fails")
    raise ValueError("oops")

try:
    fails()
except ValueError as e:
    print("caught", e)
print("after except: frame released?")

saved = None
try:
    fails()
except ValueError as e:
    saved = e
print("saved exception keeps frame")
saved = None
print("saved cleared")

def keep_tb():
    try:
        fails()
    except ValueError:
        return sys.exc_info()[2]
tb = keep_tb()
print("tb kept:", tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno)
print(sorted(k for k in tb.tb_next.tb_frame.f_locals))
del tb
print("tb dropped")

def cycle_maker():
    x = Big("in-cycle-frame")
    try:
        raise KeyError
    except KeyError:
        exc = sys.exc_info()
    return None
cycle_maker()
print("before collect")
gc.collect()
print("after collect")
try:
    raise TypeError("t")
except TypeError as err:
    pass
try:
    err
except NameError as ne:
    print(ne)
