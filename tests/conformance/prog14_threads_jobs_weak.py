import threading
import weakref
import gc

class Job:
    def __init__(self, n):
        self.n = n
        self.result = None
    def run(self):
        self.result = self.n * self.n
    def __del__(self):
        print("Job del", self.n)

jobs = [Job(i) for i in range(3)]
refs = [weakref.ref(j) for j in jobs]
threads = [threading.Thread(target=j.run, name=f"worker-{j.n}") for j in jobs]
for t in threads:
    t.start()
for t in threads:
    t.join()
print([j.result for j in jobs])
print([t.name for t in threads], [t.is_alive() for t in threads])
del jobs
print("jobs list dropped; threads still hold bound methods?", [r() is not None for r in refs])
del threads, t
gc.collect()
print([r() is not None for r in refs])

lock = threading.Lock()
local = threading.local()
results = []
def worker(name):
    local.name = name
    with lock:
        results.append(local.name)
ts = [threading.Thread(target=worker, args=(f"n{i}",)) for i in range(3)]
for t in ts:
    t.start()
    t.join()
print(results)
ev = threading.Event()
print(ev.is_set())
ev.set()
print(ev.wait(0))
print(threading.current_thread().name)
print(threading.active_count())
