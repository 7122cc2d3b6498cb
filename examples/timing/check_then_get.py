# Timing bug 1: check-then-get on a WeakValueDictionary.
#
# `if name in cache: return cache[name]` looks safe, but the thumbnails live
# in reference cycles (each holds a bound method of itself), so once nobody
# uses one it stays in the cache until the cycle collector runs. If a
# collection runs between the `in` test and the lookup -- here the set
# appended to `hits` is a GC-tracked allocation (sets have no free list, so
# every one counts), so it can trigger one --
# the entry vanishes and `cache[name]` raises KeyError.
#
#   gclab explore examples/timing/check_then_get.py      finds and shrinks it
#   check_then_get_fixed.py                              the fix: one lookup
import weakref


class Thumbnail:
    def __init__(self, name):
        self.name = name
        self.on_ready = self.ready  # a bound method of itself: a reference cycle

    def ready(self):
        return self.name


cache = weakref.WeakValueDictionary()
hits = []


def thumbnail(name):
    if name in cache:
        hits.append({name, "hit"})  # allocates a set: a collection can run here
        return cache[name]  # KeyError if it did
    thumb = Thumbnail(name)
    cache[name] = thumb
    return thumb


for name in ["a.png", "b.png", "a.png", "b.png"]:
    print(thumbnail(name).ready())
