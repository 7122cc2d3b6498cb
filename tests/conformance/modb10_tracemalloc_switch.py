# tracemalloc: starting and stopping, the argument checks, and what it
# reports while not tracing (gclab refuses measurements while tracing).
import tracemalloc

print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit(), tracemalloc.get_traced_memory())
for args in [(0,), (70000,), ('x',), (1.0,), (1, 2)]:
    try:
        tracemalloc.start(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print('RuntimeError', e)
print(tracemalloc.get_object_traceback(object()))
tracemalloc.start(5)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
tracemalloc.start()
print(tracemalloc.get_traceback_limit())
tracemalloc.clear_traces()
tracemalloc.reset_peak()
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit(), tracemalloc.get_traced_memory())
