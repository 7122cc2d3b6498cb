# An exception raised while another is pending -- by a handler's type check
# (`except 42:`) or by a finally block -- gets the pending one as __context__,
# and the frame lets the pending one go: it dies with the new exception, in
# plain functions and in generators.
import gc

class V:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def bad_handler_type():
    try:
        raise KeyError(V("context of TypeError"))
    except 42:
        pass

try:
    bad_handler_type()
except TypeError as e:
    print("TypeError:", e)
    print("context:", type(e.__context__).__name__, e.__context__.args[0].name)
print("after handler 1")

def finally_raises():
    try:
        raise KeyError(V("context of ValueError"))
    finally:
        raise ValueError("from finally")

try:
    finally_raises()
except ValueError as e:
    print("ValueError:", e, "context:", type(e.__context__).__name__)
print("after handler 2")

def finally_runtime_error():
    try:
        raise KeyError(V("context of ZeroDivisionError"))
    finally:
        1 / 0

try:
    finally_runtime_error()
except ZeroDivisionError as e:
    print("ZeroDivisionError context:", type(e.__context__).__name__)
print("after handler 3")

def gen_bad_handler():
    try:
        yield 1
        raise KeyError(V("generator context of TypeError"))
    except 42:
        pass

g = gen_bad_handler()
next(g)
try:
    next(g)
except TypeError as e:
    print("generator TypeError context:", type(e.__context__).__name__)
print("after handler 4")

def gen_finally_raises():
    try:
        yield 1
        raise KeyError(V("generator context of ValueError"))
    finally:
        raise ValueError("generator finally")

g = gen_finally_raises()
next(g)
try:
    next(g)
except ValueError as e:
    print("generator ValueError context:", type(e.__context__).__name__)
print("after handler 5")
print("garbage:", gc.collect())
