import weakref, gc

class Res:
    def __init__(self, n):
        self.n = n
        # Wrong: the bound method keeps self alive forever (until exit).
        self._fin = weakref.finalize(self, self.cleanup) if n == 1 else weakref.finalize(self, Res.close_static, n)
    def cleanup(self):
        print("cleanup (bound)", self.n)
    @staticmethod
    def close_static(n):
        print("close_static", n)

a = Res(1)
b = Res(2)
del a, b
gc.collect()
print("after collect: leaked finalizer still alive")
print("end")
