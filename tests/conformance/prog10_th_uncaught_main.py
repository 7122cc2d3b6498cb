"""An uncaught exception in main while a worker waits on an event."""
import threading

ev = threading.Event()
log = []


def waiter():
    ok = ev.wait(1.0)
    log.append(("woke", ok))
    print("waiter woke:", ok)


w = threading.Thread(target=waiter)
w.start()
print("starting")
data = {"a": 1}
print(data["b"])
