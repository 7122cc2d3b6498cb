# Exception chaining with from/None, __traceback__ walks, a frame's 
# f_locals/f_back after its function returned, frame.clear(), add_note, 
# exception reprs and the builtin hierarchy.
import sys, gc, weakref
class Res:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)

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
    try:
        mid()
    except RuntimeError as e:
        print("caught", e, "cause", repr(e.__cause__), "ctx is cause", e.__context__ is e.__cause__, e.__suppress_context__)
        tb = e.__traceback__
        names = []
        while tb:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print(names)
        ctb = e.__cause__.__traceback__
        f = ctb.tb_next.tb_frame
        print(sorted(f.f_locals), f.f_back is None, f.f_code.co_name)
        return e
err = top()
print("top returned")
err.__cause__.__traceback__ = None
print("cleared cause tb")
del err
print("deleted err")

def g():
    x = Res("g-x")
    try:
        1/0
    except ZeroDivisionError:
        exc_type, exc, tb = sys.exc_info()
        print(exc_type.__name__, exc, tb.tb_frame is sys._getframe())
        frame = tb.tb_frame
        try:
            frame.clear()
        except RuntimeError as e:
            print("clear:", e)
g()
print("after g")
def h():
    y = Res("h-y")
    raise KeyError("h")
try:
    h()
except KeyError as e:
    tb = e.__traceback__
tb.tb_next.tb_frame.clear()
print("cleared frame")
del tb
e1 = ValueError("v")
e1.add_note("note 1")
e1.add_note("note 2")
print(e1.__notes__)
try:
    e1.add_note(5)
except TypeError as te:
    print(te)
try:
    raise e1
except ValueError as e:
    print(repr(e), e.__notes__)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise TypeError("outer") from None
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
e2 = Exception("a", "b")
print(str(e2), repr(e2), e2.args)
print(repr(Exception()), str(Exception()), str(KeyError("k")), str(KeyError()), repr(KeyError("k")))
print(str(OSError(2, "No such file")), repr(OSError(2, "x")), type(OSError(2, "x")).__name__)
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
print(e2.args)
del e2
print(issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError)
print([c.__name__ for c in ZeroDivisionError.__mro__])
