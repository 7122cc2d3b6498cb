import weakref
_connections = weakref.WeakSet()
PREFIX = "db"

class Connection:
    def __init__(self, dsn):
        self.dsn = dsn
        _connections.add(self)
    def close(self):
        print(PREFIX, "closing", self.dsn)
    def __del__(self):
        try:
            self.close()
        except Exception as e:
            print("close failed:", type(e).__name__, e)

def open_count():
    return len(_connections)

class Pool:
    def __init__(self, n):
        self.conns = [Connection(f"pool-{i}") for i in range(n)]
        self.me = self
    def __del__(self):
        print("Pool del, open", open_count())

default_pool = Pool(2)
