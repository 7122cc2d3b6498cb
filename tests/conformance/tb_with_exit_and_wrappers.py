# traceback.format_exc() of everyday failures: through a functools.wraps
# decorator, a generator, a property, recursion and a lambda; an exception
# raised by __exit__ on the normal path and while handling the body's
# exception (reported at the with line, WITH_EXCEPT_START's location), for
# multi-item with, return/continue through with and a with in a generator;
# raise ... from and ExceptionGroup formatting.
import traceback, sys, functools, contextlib
def show():
    print(traceback.format_exc().replace(__file__, "main.py"))
def deco(fn):
    @functools.wraps(fn)
    def w(*a, **k):
        return fn(*a, **k)
    return w
@deco
def failing(x):
    return {"a": 1}[x]
try: failing("b")
except KeyError: show()
def gen():
    yield 1
    1 / 0
try:
    for v in gen(): pass
except ZeroDivisionError: show()
class CM:
    def __enter__(s): return s
    def __exit__(s, *a): raise RuntimeError("exit failed")
try:
    with CM():
        int("x")
except RuntimeError: show()
try:
    try:
        [][1]
    except IndexError as e:
        raise ValueError("wrapped") from e
except ValueError: show()
try:
    raise ExceptionGroup("grp", [ValueError("a"), TypeError("b")])
except ExceptionGroup: show()
@contextlib.contextmanager
def cm2():
    yield
try:
    with cm2():
        getattr(None, "missing")
except AttributeError: show()
class P:
    @property
    def bad(self): return self.nothing
try: P().bad
except AttributeError: show()
def rec(n): return rec(n - 1) if n else undefined_thing
try: rec(3)
except NameError: show()
try: (lambda: [1, 2][5])()
except IndexError: show()
try:
    x = {"k": [1, {"z": None}]}
    x["k"][1]["z"].upper()
except AttributeError: show()
class CM2:
    def __init__(s, fail_exit=False): s.fail_exit = fail_exit
    def __enter__(s): return s
    def __exit__(s, *a):
        if s.fail_exit: raise RuntimeError("exit failed")
try:
    with CM2(True):
        x = 1
        y = 2
except RuntimeError: show()
try:
    with CM2(), \
         CM2(True):
        pass
except RuntimeError: show()
def f():
    with CM2(True) as c:
        return 5
try: f()
except RuntimeError: show()
def g():
    for i in range(2):
        with CM2(True):
            continue
try: g()
except RuntimeError: show()
try:
    with CM2(True):
        {}["k"]
except RuntimeError: show()
def gen():
    with CM2(True):
        yield 1
try:
    for _ in gen(): pass
except RuntimeError: show()
