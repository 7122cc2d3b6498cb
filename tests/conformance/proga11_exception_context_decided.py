"""Implicit exception chaining happens where an exception is raised: an
error the runtime raises inside a handler has its __context__ when it is
caught there, and a context the program sets to None stays None as the
exception leaves handlers, finally blocks and generators."""
class MyException(Exception): pass
def g():
    try:
        yield
    except BaseException:
        exc = MyException()
        try:
            raise exc
        finally:
            exc.__context__ = None
gen = g(); next(gen)
try:
    try:
        raise IndexError()
    except IndexError as v:
        try:
            gen.throw(v)
        except BaseException as e:
            print("A", repr(e.__context__))
            raise
except MyException as e:
    print("B", repr(e.__context__))

def h():
    try:
        raise IndexError()
    except IndexError:
        exc = MyException()
        try:
            raise exc
        finally:
            exc.__context__ = None
try:
    h()
except MyException as e:
    print("C", repr(e.__context__))
def k():
    exc = MyException()
    exc.__context__ = None
    try:
        raise IndexError
    except IndexError:
        try:
            raise exc
        finally:
            exc.__context__ = None
    
try:
    try:
        k()
    except MyException as e:
        print("D", repr(e.__context__))
        raise
except MyException as e:
    print("E", repr(e.__context__))
try:
    raise KeyError("k")
except KeyError:
    try:
        1/0
    except ZeroDivisionError as z:
        print(repr(z.__context__))
try:
    try:
        raise KeyError("k")
    except KeyError:
        try:
            1/0
        except ZeroDivisionError as z:
            z.__context__ = None
            raise
except ZeroDivisionError as z:
    print(repr(z.__context__))
try:
    try:
        raise KeyError("k")
    finally:
        raise ValueError("v")
except ValueError as v:
    print(repr(v.__context__))
def f():
    try:
        raise KeyError("k")
    finally:
        x = {}["q"]
try:
    f()
except KeyError as v:
    print(repr(v.__context__))
