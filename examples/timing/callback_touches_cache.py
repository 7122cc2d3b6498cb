# Timing bug 3: a __del__ that touches a cache.
#
# Open files are cached by path in a WeakValueDictionary, and each handle's
# __del__ also removes its path from the cache ("clean up after myself").
# Handles live in reference cycles (each holds a bound method of itself),
# so a handle nobody uses waits for the cycle collector. When the file is
# reloaded before that collection, the cache holds the NEW handle under the
# same path; the old handle's __del__, running at the collection, removes
# the new handle's entry, and the next open opens the file a third time.
#
#   gclab explore examples/timing/callback_touches_cache.py
#   callback_touches_cache_fixed.py: __del__ removes the entry only if it
#   is its own (as weakref.WeakValueDictionary's own callback checks)
import weakref


class Handle:
    def __init__(self, path):
        print("open", path)
        self.path = path
        self.on_close = [self.close]  # a bound method of itself: a reference cycle

    def close(self):
        pass

    def __del__(self):
        handles.pop(self.path, None)  # may remove another handle's entry


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
second = reload("data.csv")  # the cache now maps the path to the new handle...
log = []
for i in range(3):
    log.append({i, "tick"})  # allocates a set: a collection can run here
third = open_handle("data.csv")  # ...unless the old __del__ removed the new entry
print("same handle:", third is second)
