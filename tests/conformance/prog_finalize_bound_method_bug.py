# The classic weakref.finalize(self, self.cleanup) bug (never collected, runs at
# exit) against a staticmethod cleanup with close() and a closed property.
import weakref, gc

class TempFile:
    def __init__(self, name):
        self.name = name
        # common bug: the bound method keeps self alive forever
        self._fin = weakref.finalize(self, self.cleanup)
    def cleanup(self):
        print("cleanup", self.name)

class GoodTempFile:
    def __init__(self, name):
        self.name = name
        self._fin = weakref.finalize(self, GoodTempFile._cleanup, name)
    @staticmethod
    def _cleanup(name):
        print("good cleanup", name)
    def close(self):
        self._fin()
    @property
    def closed(self):
        return not self._fin.alive

t = TempFile("bad")
del t
print("collect:", gc.collect())
g = GoodTempFile("g1")
del g
g2 = GoodTempFile("g2")
print(g2.closed)
g2.close()
print(g2.closed)
g2.close()
del g2
g3 = GoodTempFile("g3")
print("end")
