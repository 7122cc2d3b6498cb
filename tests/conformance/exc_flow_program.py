# Exception flow: the except variable unbound after the handler, implicit
# chaining through a bare raise, finally overriding return and break, nested
# finally with sys.exc_info, bare raise without an active exception, custom
# __init__/__str__, raising non-exceptions, BaseException subclasses.
import sys
class T:
    def __init__(s, n): s.n = n
    def __del__(s): print("del", s.n)
def f():
    t = T("frame-local")
    raise KeyError("k")
try:
    f()
except KeyError as e:
    print("handling", repr(e))
print("after handler, e deleted:", "e" in dir())
try:
    f()
except KeyError:
    pass
print("no name bound")
def ctx():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as t:
            print(repr(t.__context__))
            raise
try: ctx()
except TypeError as e: print("outer", repr(e), repr(e.__context__))
def finally_overrides():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(finally_overrides())
def finally_break():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
print(finally_break())
def nested_finally():
    try:
        try:
            raise KeyError("a")
        finally:
            print("inner finally", sys.exc_info()[0].__name__)
    except KeyError:
        print("handled", sys.exc_info()[1])
    print("after", sys.exc_info())
nested_finally()
def reraise_bare():
    try:
        raise ValueError("x")
    except ValueError:
        pass
    try:
        raise
    except RuntimeError as e:
        print("bare raise:", e)
reraise_bare()
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self): return f"[{self.code}] {self.args[0]}"
try: raise MyErr(404, "nope")
except MyErr as e: print(e, repr(e), e.args)
class NoInit(Exception): pass
print(repr(NoInit(1, 2)), str(NoInit("a")))
try:
    raise TypeError
except TypeError as e: print(repr(e), e.args)
try: raise 5
except TypeError as e: print(e)
try: raise ValueError from 5
except TypeError as e: print(e)
class Weird(BaseException): pass
try:
    try: raise Weird("w")
    except Exception: print("not here")
except BaseException as e: print("base", repr(e))
e = None
try:
    assert 1 == 2, "math broke"
except AssertionError as ex: print(ex)
print(issubclass(FileNotFoundError, OSError), OSError(2, "No such file").__class__.__name__, repr(OSError(2, "x")))
