# concurrent.futures.Future on its own (no executor): states, reprs,
# callbacks, results and exceptions, timeouts on the clock, and wait() /
# as_completed() over futures finished by hand.
import concurrent.futures as cf
from concurrent.futures import Future, wait, as_completed
import re


def show(f):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(f))


f = Future()
print(show(f), f.done(), f.running(), f.cancelled())
f.add_done_callback(lambda fu: print("  cb1", show(fu)))
f.add_done_callback(lambda fu: print("  cb2", fu.result()))
print(f.set_running_or_notify_cancel(), show(f), f.running())
print("cancel while running:", f.cancel())
f.set_result([1, 2])
print(show(f), f.result(), f.exception())
f.add_done_callback(lambda fu: print("  late cb", fu.done()))
try:
    f.set_result(3)
except cf.InvalidStateError as e:
    print(type(e).__name__, show(e))
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError", e)

g = Future()
g.set_exception(KeyError("k"))
print(show(g), repr(g.exception()))
try:
    g.result()
except KeyError as e:
    print("result raised", repr(e), e is g.exception())

c = Future()
c.add_done_callback(lambda fu: print("  cancelled cb", fu.cancelled()))
print("cancel:", c.cancel(), c.cancel(), show(c), c.done())
for meth in (c.result, c.exception):
    try:
        meth()
    except cf.CancelledError as e:
        print(meth.__name__, type(e).__module__, repr(e))
print("notify:", c.set_running_or_notify_cancel(), c._state)

p = Future()
for meth in (p.result, p.exception):
    try:
        meth(timeout=0.25)
    except TimeoutError as e:
        print(meth.__name__, "TimeoutError", repr(e), cf.TimeoutError is TimeoutError)

print(Future[int], issubclass(cf.CancelledError, cf._base.Error),
      issubclass(cf.BrokenExecutor, RuntimeError))

done, not_done = wait([f, g, c, p], timeout=0.5)
print(sorted(show(x) for x in done), [show(x) for x in not_done])
r = wait([f, p], return_when=cf.FIRST_COMPLETED)
print(type(r).__name__, len(r.done), len(r.not_done))
r = wait([f, g, p], return_when=cf.FIRST_EXCEPTION)
print(len(r.done), len(r.not_done))
try:
    wait([p], return_when="SOMETIMES")
except ValueError as e:
    print(e)

seen = []
try:
    for x in as_completed([f, f, g, p], timeout=0.5):
        seen.append(show(x))
except TimeoutError as e:
    print("as_completed:", e)
print(sorted(seen))
p.set_result(None)
print([show(x) for x in as_completed([p])])
try:
    cf.Executor().submit(print)
except NotImplementedError as e:
    print(repr(e))
with cf.Executor() as ex:
    print(ex.shutdown(), ex.shutdown(wait=False, cancel_futures=True))
