# with statements: several items entered left to right and exited right to
# left, __exit__ seeing the exception and swallowing it, return/continue/break
# through with, missing __enter__/__exit__ errors, __exit__ raising with the
# original exception as __context__, and the CMs' lifetimes.
import sys
class CM:
    def __init__(s, n, swallow=False): s.n=n; s.swallow=swallow
    def __enter__(s): print("enter", s.n); return s
    def __exit__(s, t, v, tb):
        print("exit", s.n, t.__name__ if t else None, v, tb is not None)
        return s.swallow
    def __del__(s): print("del CM", s.n)
with CM(1) as a, CM(2) as b:
    print("body", a.n, b.n)
with CM(3, True), CM(4):
    raise KeyError("x")
print("after")
try:
    with CM(5), CM(6, True) as c:
        1/0
    print("swallowed inner")
    with CM(7):
        raise ValueError("v")
except ValueError as e:
    print("outer caught", e, e.__traceback__.tb_frame.f_code.co_name)
class Bad:
    def __enter__(s): return 1
try:
    with Bad(): pass
except Exception as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(s,*a): pass
try:
    with NoEnter(): pass
except Exception as e:
    print(type(e).__name__, e)
def f():
    with CM(8):
        return "ret"
    print("unreached")
print(f())
def g():
    for i in range(3):
        with CM(10+i):
            if i == 1: continue
            if i == 2: break
            print("loop", i)
g()
class ExitRaises:
    def __enter__(s): return s
    def __exit__(s, *a): raise RuntimeError("in exit")
try:
    with ExitRaises():
        raise ValueError("orig")
except RuntimeError as e:
    print("RE", e, "ctx", repr(e.__context__))
print(sys.exc_info())
