"""Threads: bounded queue, a thread started by a thread, a lock held across a sleep, an error after a wait."""
import queue
import threading
import time
import sys

q = queue.Queue(maxsize=3)
events = []


def producer():
    for i in range(8):
        q.put(i)
        events.append(("put", i))
    q.put(None)
    events.append(("producer done", 0))


def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        events.append(("got", item))
    events.append(("consumer done", 0))


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
c.join()
p.join()
print(sorted(events), len(events))
print("---")
tl = threading.local()


def nested_starter():
    tl.v = "outer"
    inner = threading.Thread(target=lambda: setattr(tl, "v", "inner") or print("inner sees", tl.v))
    inner.start()
    time.sleep(0.1)
    print("outer sees", tl.v)
    inner.join()


t = threading.Thread(target=nested_starter)
t.start()
t.join()
print("main tl has v:", hasattr(tl, "v"))
lock = threading.Lock()
order = []


def holder():
    with lock:
        order.append("holder has lock")
        time.sleep(0.2)
        order.append("holder releases")


def waiter():
    time.sleep(0.1)
    order.append("waiter wants lock")
    with lock:
        order.append("waiter has lock")


a = threading.Thread(target=holder)
b = threading.Thread(target=waiter)
a.start()
b.start()
a.join()
b.join()
print(order)


def failing_after_wait():
    ev.wait()
    try:
        raise KeyError("after wait")
    finally:
        print("finally after wait")


ev = threading.Event()
f = threading.Thread(target=failing_after_wait, name="late-failer")
f.start()
print("setting event")
ev.set()
f.join()
print("end", threading.active_count())
