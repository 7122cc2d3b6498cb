# Exceptions as programs use them: raise from, implicit __context__, from None,
# add_note, traceback objects walked by tb_next, traceback.format_exception,
# ExceptionGroup with except* (nested groups, message, split/subgroup),
# OSError's errno form, BaseExceptionGroup for non-Exceptions, sys.exc_info.
# CPython: Objects/exceptions.c, Python/ceval.c, Lib/traceback.py.
import sys, traceback
def lvl3(): raise KeyError("k")
def lvl2():
    try: lvl3()
    except KeyError as e: raise ValueError("wrapped") from e
def lvl1():
    try: lvl2()
    except ValueError as e:
        e.add_note("note one"); e.add_note(f"note {2:>3}")
        raise
try:
    lvl1()
except Exception as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, e.__notes__)
    tb = e.__traceback__; n = 0
    while tb: n += 1; print(tb.tb_frame.f_code.co_name, tb.tb_lineno); tb = tb.tb_next
    print("".join(traceback.format_exception(e)).replace(__file__, "<scenario>"), end="")
try:
    try: 1/0
    except ZeroDivisionError: raise TypeError("ctx")
except TypeError as e:
    print(type(e.__context__).__name__, e.__cause__)
try:
    raise ValueError from None
except ValueError as e:
    print(e.__suppress_context__, e.__cause__, e.__context__)
def group():
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
try:
    group()
except* ValueError as eg:
    print("values", repr(eg), [repr(x) for x in eg.exceptions])
except* TypeError as eg:
    print("types", eg.exceptions)
except* KeyError as eg:
    print("keys", eg.exceptions, eg.message)
try:
    try:
        group()
    except* ValueError:
        print("only values")
except ExceptionGroup as rest:
    print("rest", repr(rest))
eg = ExceptionGroup("x", [ValueError("a"), OSError(2, "nf")])
m, r = eg.split(ValueError)
print(m, r, eg.subgroup(lambda e: isinstance(e, OSError)).exceptions)
print(repr(OSError(2, "No such file")), OSError(2, "x").errno, type(OSError(2, "x")).__name__)
try:
    raise ExceptionGroup("bad", [1])
except ValueError as e: print(e)
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt()])
except BaseExceptionGroup as e: print(type(e).__name__, e)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__)
e = ValueError("v").with_traceback(None)
print(e.__traceback__, str(e), e.args)
try:
    raise ValueError("oops")
except ValueError:
    print(sys.exc_info()[0].__name__, sys.exception())
print(sys.exc_info())
