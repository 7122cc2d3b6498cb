# A cache that does not keep its values alive: WeakValueDictionary.
import gc
import weakref

gc.disable()


class Image:
    def __init__(self, name):
        self.name = name


cache = weakref.WeakValueDictionary()


def load(name):
    img = cache.get(name)
    if img is None:
        print("loading", name)
        img = Image(name)
        cache[name] = img
    return img


a = load("cat.png")
b = load("cat.png")
print("same object:", a is b)
del a, b
print("cached after release:", sorted(cache.keys()))
c = load("cat.png")
print("reloaded:", c.name)
