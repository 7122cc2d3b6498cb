"""Workers that sleep different times: the finishing order follows the clock."""
import threading
import time

log = []
T0 = time.monotonic()
events = []
lock = threading.Lock()


def worker(n, delay):
    events.append(f"worker {n} starting (sleep {delay})")
    time.sleep(delay)
    with lock:
        log.append(n)
    events.append(f"worker {n} done at {time.monotonic() - T0:.1f}")


threads = []
for n, d in enumerate([0.3, 0.1, 0.2]):
    t = threading.Thread(target=worker, args=(n, d), name=f"w{n}")
    threads.append(t)
    t.start()
print("all started", [t.name for t in threads], threading.active_count())
for t in threads:
    t.join()
print("finish order:", log)
print(*events, sep="\n")
print("alive:", [t.is_alive() for t in threads], threading.active_count())

results = {}


def countdown(name, n):
    while n > 0:
        results.setdefault(name, []).append(n)
        time.sleep(0.05)
        n -= 1


a = threading.Thread(target=countdown, args=("a", 3))
b = threading.Thread(target=countdown, args=("b", 2))
a.start()
b.start()
a.join()
b.join()
print(results)

timer_log = []
events = []
tm = threading.Timer(0.5, lambda: timer_log.append("fired"))
tm.start()
tm2 = threading.Timer(0.5, lambda: timer_log.append("never"))
tm2.start()
tm2.cancel()
tm.join()
tm2.join()
print(timer_log)
