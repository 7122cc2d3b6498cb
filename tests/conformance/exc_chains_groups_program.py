# Exceptions in one program: raise from and __context__ chains walked through
# their tracebacks, from None, add_note, format_exception_only, except* over an
# ExceptionGroup, split/subgroup, group construction errors, frame f_locals,
# frame.clear() and exception args/str/repr.
import traceback, sys
class E1(Exception): pass
def lvl3(): raise KeyError("deep")
def lvl2():
    try: lvl3()
    except KeyError as e: raise E1("wrapped") from e
def lvl1():
    try: lvl2()
    except E1 as e:
        raise RuntimeError("top")
try:
    lvl1()
except RuntimeError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__cause__), e.__suppress_context__, e.__context__.__suppress_context__)
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
try:
    try: 1/0
    except ZeroDivisionError: raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
e = ValueError("noted")
e.add_note("note 1"); e.add_note("note 2")
print(e.__notes__)
try: e.add_note(3)
except TypeError as ex: print(ex)
try:
    raise e
except ValueError as ex:
    print("".join(traceback.format_exception_only(type(ex), ex)), end="")
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("VE group", eg.exceptions)
except* TypeError as eg:
    print("TE group", repr(eg))
try:
    try:
        raise ExceptionGroup("g", [KeyError("a"), OSError("b")])
    except* KeyError:
        print("handled keys")
except ExceptionGroup as rest:
    print("rest", repr(rest))
eg = ExceptionGroup("m", [ValueError("a"), ExceptionGroup("n", [TypeError("b"), ValueError("c")])])
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(eg.subgroup(lambda x: isinstance(x, TypeError)))
try: ExceptionGroup("x", [])
except ValueError as ex: print(ex)
try: ExceptionGroup("x", [1])
except ValueError as ex: print(ex)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
def frames():
    x = 42
    raise Exception("f")
try: frames()
except Exception as ex:
    fr = ex.__traceback__.tb_next.tb_frame
    print(fr.f_locals, fr.f_code.co_name, fr.f_lineno, fr.f_back.f_code.co_name)
    fr.clear(); print(fr.f_locals)
e2 = Exception("a", "b"); print(e2.args, str(e2), repr(e2))
print(repr(Exception()), str(KeyError("k")), str(KeyError()), str(KeyError(1,2)))
print(e2.with_traceback(None) is e2)
