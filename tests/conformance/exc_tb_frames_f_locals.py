# Tracebacks keep frames and their locals alive; f_locals makes a dict that
# frame.clear() leaves (its entries live until the frame dies); raise from,
# __context__, __suppress_context__, add_note, with_traceback, sys.exc_info.
import gc, sys, weakref

class Big:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def inner():
    local = Big("inner-local")
    raise KeyError("missing")

def middle():
    keep = Big("middle-local")
    try:
        inner()
    except KeyError as e:
        raise RuntimeError("middle failed") from e

try:
    middle()
except RuntimeError as err:
    print("caught:", err, "| cause:", repr(err.__cause__), "| ctx is cause:", err.__context__ is err.__cause__)
    tb = err.__traceback__
    depth = 0
    while tb is not None:
        print("  frame", tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
        depth += 1
    saved = err
print("handler done")
print(type(saved.__cause__.__traceback__).__name__)
del saved
print("saved dropped")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no ctx") from None
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
e = ValueError("base")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as te:
    print("TypeError:", te)
def f():
    x = Big("tb-local")
    try:
        raise OSError("disk")
    except OSError as exc:
        return exc
exc = f()
print("returned exception; frame alive?", exc.__traceback__.tb_frame.f_locals["x"].name)
exc.__traceback__.tb_frame.clear()
print("frame cleared")
exc2 = ValueError("x").with_traceback(exc.__traceback__)
print(exc2.__traceback__ is exc.__traceback__)
del exc, exc2
print(sys.exc_info())
try:
    raise TypeError("t")
except TypeError:
    et, ev, etb = sys.exc_info()
    print(et.__name__, ev, etb.tb_lineno)
    del et, ev, etb
print("end")
