# Which frames a traceback lists when an exception is re-raised, as 3.11's
# bytecode decides: `raise e` adds an entry for its frame again (the
# `error` label), a bare `raise`, a `with` block whose __exit__ returned
# false and the end of a `finally` add none (RERAISE), whatever frames the
# exception passed through meanwhile (a @contextmanager generator, a
# helper that raised and caught it); and an exception leaving through a
# finally block keeps the line where it was raised.
import traceback
from contextlib import contextmanager

def entries(e):
    return [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)]

def show(label, fn):
    try:
        fn()
    except Exception as e:
        print(f"{label:24} {type(e).__name__}: {entries(e)}")

def raise_again():
    try:
        raise ValueError("a")
    except ValueError as e:
        raise e

def helper(e):
    try:
        raise e
    except ValueError:
        pass

def bare_after_helper():
    try:
        raise ValueError("b")
    except ValueError as e:
        helper(e)
        raise

def bare():
    try:
        raise KeyError("c")
    except KeyError:
        raise

def through_finally():
    try:
        raise KeyError("d")
    finally:
        print("  finally runs")
        x = 1

@contextmanager
def managed():
    try:
        yield
    finally:
        print("  managed cleanup")

def with_contextmanager():
    with managed():
        raise IndexError("e")

class Plain:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        try:
            raise v
        except Exception:
            pass
        return False

def with_plain():
    with Plain():
        raise IndexError("f")

def reraiser():
    raise

def calls_reraiser():
    try:
        raise TypeError("g")
    except TypeError:
        reraiser()

def nested_finally():
    try:
        try:
            raise LookupError("h")
        finally:
            y = 2
    finally:
        z = 3

show("raise e", raise_again)
show("bare after helper", bare_after_helper)
show("bare raise", bare)
show("through finally", through_finally)
show("with contextmanager", with_contextmanager)
show("with plain __exit__", with_plain)
show("reraiser function", calls_reraiser)
show("nested finally", nested_finally)
try:
    with managed():
        raise IndexError("module level")
except IndexError as e:
    print("module-level with        ", entries(e))
