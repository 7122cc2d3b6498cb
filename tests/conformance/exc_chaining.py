# raise ... from, raise ... from None, implicit __context__, and
# __suppress_context__; the attributes as Python code sees them.
def show(e):
    print(type(e).__name__, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    try:
        {}["missing"]
    except KeyError as k:
        raise ValueError("converted") from k
except ValueError as e:
    show(e)
    print(e.__cause__ is e.__context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    show(e)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("hidden context") from None
except TypeError as e:
    show(e)

try:
    raise IndexError("direct") from OSError("cause")
except IndexError as e:
    show(e)

try:
    raise KeyError("x") from 5
except TypeError as e:
    print("TypeError:", e)

e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = False
print(e.__suppress_context__)

def nested():
    try:
        raise ValueError("inner")
    finally:
        print("finally sees no handled exception change")
try:
    nested()
except ValueError as e:
    print("context of plain raise:", e.__context__)

try:
    try:
        raise KeyError("a")
    except KeyError as first:
        try:
            raise ValueError("b")
        except ValueError as second:
            raise TypeError("c")
except TypeError as t:
    print(repr(t.__context__), repr(t.__context__.__context__))
