# The fix of callback_touches_cache.py: __del__ removes the cache entry only
# while the entry is its own handle (a newer handle under the same path is
# left alone), the check weakref.WeakValueDictionary's own callback makes;
# `gclab explore` finds no failing schedule.
import weakref


class Handle:
    def __init__(self, path):
        print("open", path)
        self.path = path
        self.on_close = [self.close]  # a bound method of itself: a reference cycle

    def close(self):
        pass

    def __del__(self):
        if handles.get(self.path) is self:
            del handles[self.path]


handles = weakref.WeakValueDictionary()


def open_handle(path):
    h = handles.get(path)
    if h is None:
        h = Handle(path)
        handles[path] = h
    return h


def reload(path):
    h = Handle(path)  # a fresh handle replaces the cached one
    handles[path] = h
    return h


first = open_handle("data.csv")
del first  # garbage, but only the collector can free its cycle
second = reload("data.csv")
log = []
for i in range(3):
    log.append({i, "tick"})
third = open_handle("data.csv")
print("same handle:", third is second)
