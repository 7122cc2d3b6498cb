# ThreadPoolExecutor: results in submission order, map (several iterables,
# an exception ending the iteration, a timeout), as_completed with one
# worker and with workers sleeping different times, wait() on a pool, a
# task submitting to its own pool, thread names.
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor
import threading
import time


def square(x):
    return x * x


def nap(n):
    time.sleep(n / 10)
    return n


def name_of_thread(_=None):
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=4) as ex:
    futures = [ex.submit(square, i) for i in range(8)]
    print([f.result() for f in futures])
    print(list(ex.map(square, range(5))))
    print(list(ex.map(pow, [2, 3, 4], [10, 3])))
    print(list(ex.map(square, [])))
    word_futures = {ex.submit(len, w): w for w in ["alpha", "be", "gamma", "pi"]}
    print(sorted((word_futures[f], f.result()) for f in word_futures))

with ThreadPoolExecutor(1) as ex:
    futures = [ex.submit(square, i) for i in (3, 1, 2)]
    print([f.result() for f in cf.as_completed(futures)] == [9, 1, 4] or "order")
    print(sorted(f.result() for f in cf.as_completed(futures)))
    print(ex.submit(name_of_thread).result(), list(ex.map(name_of_thread, range(2))))

with ThreadPoolExecutor(max_workers=3, thread_name_prefix="nap") as ex:
    futures = [ex.submit(nap, n) for n in (3, 1, 2)]
    print("completion order", [f.result() for f in cf.as_completed(futures)])
    print(sorted(t.name for t in threading.enumerate() if t.name.startswith("nap")))
    futures = [ex.submit(nap, n) for n in (6, 1, 4)]
    done, not_done = cf.wait(futures, return_when=cf.FIRST_COMPLETED)
    print("first", [f.result() for f in done], len(not_done))
    done, not_done = cf.wait(futures, timeout=0.2)
    print("after 0.2s more", sorted(f.result() for f in done), len(not_done))
    done, not_done = cf.wait(futures)
    print("all", sorted(f.result() for f in done), not_done)


def maybe_fail(x):
    if x == 3:
        raise ValueError("bad value %d" % x)
    return x


with ThreadPoolExecutor(2) as ex:
    results = ex.map(maybe_fail, range(6))
    print(type(results).__name__)
    try:
        for r in results:
            print("map gave", r)
    except ValueError as e:
        print("map raised", e)
    futures = [ex.submit(maybe_fail, x) for x in range(2, 5)]
    print([repr(f.exception()) for f in futures])
    done, _ = cf.wait(futures, return_when=cf.FIRST_EXCEPTION)
    print(len(done))

with ThreadPoolExecutor(2) as ex:
    try:
        for r in ex.map(nap, [1, 2, 50], timeout=0.5):
            print("in time", r)
    except cf.TimeoutError:
        print("map timed out")
    slow = ex.submit(nap, 3)
    try:
        slow.result(timeout=0.1)
    except TimeoutError:
        print("still running:", slow.running(), slow.done())
    print("then", slow.result())


def fan_out(ex, n):
    parts = [ex.submit(square, i) for i in range(n)]
    return sum(p.result() for p in parts)


with ThreadPoolExecutor(4) as ex:
    print("nested", ex.submit(fan_out, ex, 4).result())
print("threads after the pools:", threading.active_count())
