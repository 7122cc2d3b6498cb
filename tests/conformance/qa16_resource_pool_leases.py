import queue

class Connection:
    _next = 1
    def __init__(self):
        self.id = Connection._next
        Connection._next += 1
        self.closed = False
        print(f"conn {self.id} opened")
    def query(self, q):
        if self.closed:
            raise RuntimeError("connection closed")
        return f"result of {q!r} on {self.id}"
    def close(self):
        self.closed = True
        print(f"conn {self.id} closed")

class Pool:
    def __init__(self, size):
        self._free = queue.LifoQueue()
        self._all = []
        for _ in range(size):
            c = Connection()
            self._all.append(c)
            self._free.put(c)

    def acquire(self):
        try:
            return self._free.get_nowait()
        except queue.Empty:
            raise RuntimeError("pool exhausted") from None

    def release(self, conn):
        self._free.put(conn)

    def __enter__(self): return self
    def __exit__(self, *exc):
        for c in self._all:
            c.close()

class Lease:
    def __init__(self, pool): self.pool = pool
    def __enter__(self):
        self.conn = self.pool.acquire()
        return self.conn
    def __exit__(self, et, ev, tb):
        self.pool.release(self.conn)
        print(f"released {self.conn.id} (error: {et.__name__ if et else 'none'})")

with Pool(2) as pool:
    with Lease(pool) as c1, Lease(pool) as c2:
        print(c1.query("select 1"))
        print(c2.query("select 2"))
        try:
            with Lease(pool):
                pass
        except RuntimeError as e:
            print("error:", e, e.__cause__, e.__suppress_context__)
    with Lease(pool) as c:
        print(c.query("again"))
try:
    c.query("late")
except RuntimeError as e:
    print(type(e).__name__, e)
