# Frame objects: sys._getframe, f_lineno, f_globals, f_code (co_name,
# co_filename, co_firstlineno), f_back, f_locals of a running frame and of
# a frame a traceback keeps, and clear() refusing an executing frame.
import sys

def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, f.f_globals is globals()

def caller():
    x = 42
    return where()

print(caller())
top = sys._getframe()
print(top.f_code.co_name, top.f_back)
print(sys._getframe(0).f_code.co_filename == __file__)

def inner():
    local_a = "a"
    local_b = [1, 2]
    raise ValueError("boom")

try:
    inner()
except ValueError as e:
    frame = e.__traceback__.tb_next.tb_frame
    print(frame.f_code.co_name, sorted(frame.f_locals))
    print(frame.f_locals["local_b"])

def chain():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
def level2():
    return chain()
print(level2())

def running():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        print("RuntimeError:", e)
running()
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError:", e)

class Obj:
    def __del__(self):
        print("del obj")
def holder():
    o = Obj()
    raise KeyError("k")
try:
    holder()
except KeyError as e:
    fr = e.__traceback__.tb_next.tb_frame
print("frame still holds the local")
fr.clear()
print("cleared")
