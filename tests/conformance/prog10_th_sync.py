"""Semaphores, barriers, events and conditions between threads."""
import threading
import time

sem = threading.BoundedSemaphore(2)
inside = []
peak = [0]


def limited(n):
    with sem:
        inside.append(n)
        peak[0] = max(peak[0], len(inside))
        time.sleep(0.1)
        inside.remove(n)


ts = [threading.Thread(target=limited, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak concurrency:", peak[0])
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)

order = []
barrier = threading.Barrier(3, action=lambda: order.append("all arrived"))


def phase(n):
    order.append(f"arrive {n}")
    idx = barrier.wait()
    order.append(f"leave {n}")


ts = [threading.Thread(target=phase, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(order[:4], sorted(order[4:]))
print(barrier.n_waiting, barrier.broken, barrier.parties)

ready = threading.Event()
go = threading.Event()
steps = []


def runner():
    steps.append("runner ready")
    ready.set()
    go.wait()
    steps.append("runner going")


r = threading.Thread(target=runner)
r.start()
ready.wait()
steps.append("main saw ready")
go.set()
r.join()
print(steps)
print(go.wait(0), ready.is_set())
e2 = threading.Event()
print("timed out:", e2.wait(0.25))

cv = threading.Condition()
items = []


def consumer(name):
    with cv:
        while not items:
            cv.wait()
        steps.append(f"{name} got {items.pop(0)}")


cs = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(2)]
for c in cs:
    c.start()
with cv:
    items.extend(["x", "y"])
    cv.notify_all()
for c in cs:
    c.join()
print(sorted(s[-1] for s in steps[-2:]))
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
lk = threading.Lock()
lk.acquire()
print(lk.acquire(timeout=0.1), lk.locked())
lk.release()
