"""inspect.stack() and friends as "who called me" helpers and debugging
aids use them: FrameInfo records (tuple and attribute access, the code
context line), getframeinfo of a frame and of a traceback, getouterframes
from a given frame, trace() inside a handler, getinnerframes of a stored
traceback -- and the lifetimes they bring: a record holds its frame and
so the frame's locals; a function keeping its own stack in a local makes
a cycle that only the collector frees (the reason the docs say to del
frames)."""
import gc
import inspect
import os
import weakref


class Payload:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("  payload", self.tag, "freed")


def whoami():
    return inspect.stack()[1].function


def log(msg):
    info = inspect.stack()[1]
    print(f"  [{info.function}:{info.lineno}] {msg} | {info.code_context[0].strip()} | index {info.index}")


def business():
    local_value = 42
    log("in business")
    return whoami()


print(business())
records = inspect.stack()
print(len(records), records[0].function, records[0][3], os.path.basename(records[0].filename) == os.path.basename(__file__))
print(type(records[0]).__name__, records[0].frame is inspect.currentframe(), records[0].index)
del records


def outer():
    marker = Payload("outer-local")
    return middle()


def middle():
    return [(fi.function, fi.lineno) for fi in inspect.getouterframes(inspect.currentframe())]


print(outer())
print(inspect.getframeinfo(inspect.currentframe()).function, inspect.getlineno(inspect.currentframe()))
ctx = inspect.getframeinfo(inspect.currentframe(), context=3)
print(len(ctx.code_context), ctx.index, ctx.code_context[ctx.index].strip())
print(inspect.getframeinfo(inspect.currentframe(), context=0).code_context)


def fails():
    victim = Payload("victim")
    raise ValueError("boom")


try:
    fails()
except ValueError:
    print([(fi.function, fi.code_context[0].strip()) for fi in inspect.trace()])
    tb_records = inspect.getinnerframes(__import__("sys").exc_info()[2])
print("records keep the failing frame:", [fi.function for fi in tb_records])
del tb_records
print("records dropped")
gc.disable()


def keeps_own_stack():
    data = Payload("cycle")
    here = inspect.stack()
    return weakref.ref(data)


ref = keeps_own_stack()
print("after return, alive through the frame cycle:", ref() is not None)
print("collected something:", gc.collect() > 0, "| alive:", ref() is not None)


def well_behaved():
    data = Payload("clean")
    here = inspect.stack()
    try:
        return here[0].function
    finally:
        del here


print(well_behaved())
gc.enable()
try:
    inspect.getframeinfo(42)
except AttributeError as e:
    print("AttributeError:", e)
print("end")
