import atexit, weakref

class Conn:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("helper Conn del", self.name)

_pool = [Conn("pooled")]

@atexit.register
def _shutdown():
    print("helper atexit: closing", [c.name for c in _pool])

def track(obj, label):
    return weakref.finalize(obj, print, "helper finalize:", label)
