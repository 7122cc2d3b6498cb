# A finished frame kept by a traceback links f_back to its caller's frame
# (take_ownership), so the caller's locals live as long as the innermost
# frame object does; frame.clear() leaves f_back, and a frame saved with
# sys._getframe() answers f_back after its function returned.
import sys

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def low():
    r = Res("low-local")
    raise ValueError("low")

def mid():
    m = Res("mid-local")
    try:
        low()
    except ValueError as e:
        raise RuntimeError("mid") from e

def top():
    t = Res("top-local")
    try:
        mid()
    except RuntimeError as e:
        return e

err = top()
print("top returned")
inner = err.__cause__.__traceback__.tb_next.tb_frame
print(inner.f_code.co_name, inner.f_back.f_code.co_name, inner.f_back.f_back.f_code.co_name)
print(sorted(inner.f_back.f_locals))
del err
print("err deleted, inner frame still held")
inner.clear()
print("inner cleared, f_back still", inner.f_back.f_code.co_name)
del inner
print("inner deleted")

def a():
    x = Res("a-x")
    return b()

def b():
    y = Res("b-y")
    return sys._getframe()

f = a()
print(f.f_code.co_name, f.f_back.f_code.co_name, sorted(f.f_back.f_locals))
print(f.f_back.f_back.f_code.co_name)
back = f.f_back
del f
print("f deleted")
del back
print("back deleted")

def chain(n):
    keep = Res(f"chain-{n}")
    if n == 0:
        return sys._getframe()
    return chain(n - 1)

fr = chain(2)
names = []
g = fr
while g is not None:
    names.append(g.f_code.co_name)
    g = g.f_back
print(names)
del fr
print("end")
