import sys
import traceback
import gc
gc.disable()  # cycles die at the collections the program asks for (or at exit)

class Big:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("Big del", self.name)

def fail(tag):
    local = Big(tag)
    raise ValueError(f"failed {tag}")

def caller(tag):
    other = Big(tag + "-caller")
    fail(tag)

try:
    caller("one")
except ValueError as e:
    print("caught", e)
    print("frames alive while handling")
print("after except block: e unbound")
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)

saved = None
try:
    caller("two")
except ValueError as e:
    saved = e
print("saved keeps frames:", saved.__traceback__ is not None)
tb = saved.__traceback__
n = 0
while tb:
    n += 1
    print(" ", tb.tb_frame.f_code.co_name, tb.tb_lineno, sorted(tb.tb_frame.f_locals))
    tb = tb.tb_next
print("depth", n)
traceback.clear_frames(saved.__traceback__)
print("cleared frames")
saved = None
print("saved dropped")

def capture():
    try:
        caller("three")
    except ValueError:
        return sys.exc_info()
info = capture()
print(info[0].__name__, str(info[1]))
print(sys.exc_info())
del info
print("info dropped")

def handler():
    try:
        caller("four")
    except ValueError as exc:
        frame_holder = exc
        print("in handler", sys.exc_info()[1] is exc)
    print("after handler in same fn")
    return "ok"
print(handler())

try:
    try:
        caller("five")
    except ValueError as e1:
        raise KeyError("wrapped") from e1
except KeyError as e2:
    print(repr(e2), repr(e2.__cause__), e2.__suppress_context__)
    print(type(e2.__context__).__name__)
print("end")
