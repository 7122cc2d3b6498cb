# The fix of check_then_get.py: one lookup. `cache.get(name)` returns a
# strong reference (or None) in one step, so no collection can come between
# the test and the use; `gclab explore` finds no failing schedule.
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
    thumb = cache.get(name)  # a strong reference from here on, or None
    if thumb is not None:
        hits.append({name, "hit"})
        return thumb
    thumb = Thumbnail(name)
    cache[name] = thumb
    return thumb


for name in ["a.png", "b.png", "a.png", "b.png"]:
    print(thumbnail(name).ready())
