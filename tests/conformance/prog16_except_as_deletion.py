import sys
class T:
    def __del__(self): print("T del")
def f():
    e = "before"
    try:
        raise ValueError(T())
    except ValueError as e:
        print("in except", type(e.args[0]).__name__)
    try:
        print(e)
    except UnboundLocalError as err:
        print("UnboundLocalError", err)
f()
print("after f")
try:
    raise KeyError("x")
except KeyError as exc:
    saved = exc
print("exc" in globals(), saved.args)
def g():
    try:
        raise ValueError(T())
    except ValueError:
        print("exc_info inside", sys.exc_info()[0].__name__)
    print("exc_info after", sys.exc_info())
g()
print("after g")
def h():
    try:
        try:
            raise ValueError("inner")
        except ValueError as e:
            raise TypeError("outer") from e
    except TypeError as t:
        return t
t = h()
print(type(t.__cause__).__name__, t.__suppress_context__, t.__context__ is t.__cause__)
del t
print("end")
