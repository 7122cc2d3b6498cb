"""Thread edge cases: polling is_alive with sleeps, join with a timeout, two daemon threads deadlocked on two locks, main holding a lock a thread waits for."""
import threading, time

class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"worker-{n}")
        self.n = n
        self.result = None
    def run(self):
        time.sleep(0.1 * self.n)
        self.result = self.n * 10

ws = [Worker(i) for i in (3, 1, 2)]
for w in ws: w.start()
polls = 0
while any(w.is_alive() for w in ws):
    time.sleep(0.05)
    polls += 1
print("polls", polls, [w.result for w in ws])

slow = Worker(20)
slow.start()
slow.join(timeout=0.5)
print("after join timeout alive:", slow.is_alive())
slow.join()
print("finally", slow.result, slow.is_alive())

a, b = threading.Lock(), threading.Lock()
def one():
    with a:
        time.sleep(0.1)
        with b:
            print("one got both")
def two():
    with b:
        time.sleep(0.1)
        with a:
            print("two got both")
t1 = threading.Thread(target=one, daemon=True); t2 = threading.Thread(target=two, daemon=True)
t1.start(); t2.start()
t1.join(timeout=1.0)
print("deadlocked threads alive:", t1.is_alive(), t2.is_alive())
lock = threading.Lock()
log = []
def worker():
    with lock:
        log.append("worker in")
with lock:
    t = threading.Thread(target=worker)
    t.start()
    time.sleep(0.1)
    log.append("main releasing")
t.join()
print(log)
