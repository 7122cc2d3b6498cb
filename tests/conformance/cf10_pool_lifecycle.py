# ThreadPoolExecutor's life: initializer/initargs in each worker, a failing
# initializer breaking the pool, shutdown(cancel_futures=True), submit after
# shutdown, results released when their futures go, a map generator, the
# pool itself collected (its workers leave), and workers still sleeping at
# exit joined by the atexit hook before the program ends.
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool
import gc
import threading
import time
import weakref


class Box:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("  del Box", self.n)


state = threading.local()


def setup(tag, base):
    state.tag = tag
    state.base = base


def tagged(x):
    return "%s:%d" % (state.tag, state.base + x)


with ThreadPoolExecutor(1, initializer=setup, initargs=("w", 100)) as ex:
    print([ex.submit(tagged, i).result() for i in range(3)])


def bad_setup():
    raise OSError("no resource")


ex = ThreadPoolExecutor(max_workers=1, initializer=bad_setup)
f = ex.submit(print, "never printed")
print(type(f.exception()).__name__, f.exception())
try:
    ex.submit(print, "again")
except BrokenThreadPool as e:
    print("submit:", isinstance(e, cf.BrokenExecutor), e)
ex.shutdown()

gate = threading.Event()


def wait_gate(n):
    gate.wait()
    return n


ex = ThreadPoolExecutor(1)
futures = [ex.submit(wait_gate, i) for i in range(4)]
time.sleep(0.05)  # python3's worker takes the first item meanwhile
print([f._state for f in futures], futures[2].cancel())
ex.shutdown(wait=False, cancel_futures=True)
print([f.cancelled() for f in futures])
try:
    ex.submit(wait_gate, 9)
except RuntimeError as e:
    print(e)
gate.set()
ex.shutdown()
print(futures[0].result(), [f.done() for f in futures])
ex.shutdown()


def make(n):
    return Box(n)


with ThreadPoolExecutor(1) as ex:
    f = ex.submit(make, 1)
    b = f.result()
    print("result", b.n)
    del b
    print("future dropped:")
    del f
    print("map:")
    for b in ex.map(make, range(2, 5)):
        print("got", b.n)
    del b
    print("map done")
    fs = [ex.submit(make, n) for n in (5, 6)]
print("pool closed")
del fs
print("futures dropped")

ex = ThreadPoolExecutor(2, thread_name_prefix="gone")
ex.submit(time.sleep, 0.1)
ex.submit(time.sleep, 0.2)
workers = list(ex._threads)
alive = weakref.ref(ex)
del ex
gc.collect()
print("pool collected:", alive() is None)
for t in workers:
    t.join()
print("workers left:", sorted(t.name for t in workers if t.is_alive()))
del workers


def late(n):
    time.sleep(n)
    print("late task", n, "done")
    return n


ex = ThreadPoolExecutor(2)
ex.submit(late, 0.3)
ex.submit(late, 0.1)
print("main ends with", threading.active_count() - 1, "workers")
