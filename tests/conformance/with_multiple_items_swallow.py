# with statements with several items, exceptions passed to __exit__ and 
# swallowed, a saved exception keeping a frame's locals alive, errors from 
# __enter__/__exit__ and non-context-managers.
import sys, gc

class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.swallow
    def __del__(self):
        print("del", self.name)

with CM("a") as a, CM("b", swallow=True) as b:
    print("body", a.name, b.name)
    raise KeyError("k")
print("after with")
del a, b

class Big:
    def __del__(self):
        print("Big del")

def f():
    big = Big()
    raise RuntimeError("fail in f")

saved = None
with CM("c", swallow=True):
    try:
        f()
    except RuntimeError as e:
        saved = e
print("saved tb frame locals:", sorted(saved.__traceback__.tb_next.tb_frame.f_locals))
saved = None
print("after clear saved")

try:
    with CM("d"):
        1 / 0
except ZeroDivisionError as e:
    print("outer caught", e)
    print(e.__traceback__.tb_lineno, e.__traceback__.tb_frame.f_code.co_name)

class Bad:
    def __enter__(self):
        raise ValueError("enter fails")
    def __exit__(self, *a):
        print("never")

try:
    with CM("e"), Bad():
        print("no")
except ValueError as e:
    print("got", e)

try:
    with 42:
        pass
except TypeError as e:
    print(e)

class OnlyEnter:
    def __enter__(self): return 1
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)

class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise OSError("exit raised")
try:
    with ExitRaises():
        raise IndexError("inner")
except OSError as e:
    print(repr(e), repr(e.__context__))
print("end")
