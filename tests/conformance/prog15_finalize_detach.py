import weakref, atexit, sys

class Conn:
    count = 0
    def __init__(self, host):
        Conn.count += 1
        self.host = host
        self._fin = weakref.finalize(self, Conn._close, host, Conn.count)
    @staticmethod
    def _close(host, n):
        print(f"closing {host} #{n}")
    def close(self):
        self._fin()
    @property
    def closed(self):
        return not self._fin.alive

a = Conn("alpha")
b = Conn("beta")
c = Conn("gamma")
d = Conn("delta")
print(a.closed, b.closed)
b.close()
print(b.closed)
obj, func, args, kwargs = c._fin.detach()
print("detached", args, obj.host)
del obj
print(c._fin.alive)
d._fin.atexit = False
print("atexit flags:", a._fin.atexit, d._fin.atexit)

def on_exit():
    print("atexit handler; alive:", a._fin.alive, d._fin.alive)
atexit.register(on_exit)
f_exc = weakref.finalize(sys, lambda: 1 / 0)
print("main done")
