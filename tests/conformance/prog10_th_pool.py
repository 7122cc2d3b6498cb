"""A fixed pool of worker threads pulling jobs from a queue."""
import queue
import threading


released = []


class Job:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        released.append(self.n)


class Pool:
    def __init__(self, size):
        self.jobs = queue.Queue()
        self.results = queue.Queue()
        self.workers = [threading.Thread(target=self._work, name=f"pool-{i}", daemon=True) for i in range(size)]
        for w in self.workers:
            w.start()

    def _work(self):
        name = threading.current_thread().name
        while True:
            job = self.jobs.get()
            if job is None:
                self.jobs.task_done()
                break
            self.results.put((name, job.n, job.n ** 2))
            del job
            self.jobs.task_done()

    def submit(self, job):
        self.jobs.put(job)

    def close(self):
        for _ in self.workers:
            self.jobs.put(None)
        self.jobs.join()
        for w in self.workers:
            w.join()


pool = Pool(3)
print("workers:", [w.name for w in pool.workers], [w.daemon for w in pool.workers])
for i in range(6):
    pool.submit(Job(i))
print("submitted")
pool.close()
out = []
while not pool.results.empty():
    out.append(pool.results.get_nowait())
print(sorted(r[1:] for r in out), sorted(released))
print("workers used:", len({r[0] for r in out}) >= 1)
try:
    pool.results.get(timeout=0.1)
except queue.Empty:
    print("empty after timeout")
print(threading.active_count(), threading.current_thread().name)
