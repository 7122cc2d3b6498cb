import weakref
_open = weakref.WeakSet()
VERBOSE = True

class Resource:
    def __init__(self, name):
        self.name = name
        _open.add(self)
    def __del__(self):
        if VERBOSE:
            print(f"resources: release {self.name}")
        else:
            print(f"resources: quiet release {self.name} (VERBOSE={VERBOSE})")
    def __repr__(self):
        return f"Resource({self.name})"

def open_count():
    return len(_open)

pool = [Resource("pool-0"), Resource("pool-1")]
