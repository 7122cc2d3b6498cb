# An image cache over a WeakValueDictionary: hits and misses, entries leaving
# when the last strong reference goes, a cycle kept until gc.collect(), refcounts.
import weakref, gc, sys

class Image:
    loads = 0
    def __init__(self, path):
        Image.loads += 1
        self.path = path
        self.data = [0] * 10
    def __del__(self):
        print(f"  unload {self.path}")
    def __repr__(self):
        return f"<Image {self.path}>"

class ImageCache:
    def __init__(self):
        self._cache = weakref.WeakValueDictionary()
    def get(self, path):
        img = self._cache.get(path)
        if img is None:
            print(f"  miss {path}")
            img = Image(path)
            self._cache[path] = img
        else:
            print(f"  hit {path}")
        return img
    def __len__(self):
        return len(self._cache)

cache = ImageCache()
a = cache.get("a.png")
b = cache.get("b.png")
a2 = cache.get("a.png")
print(a is a2, len(cache), Image.loads)
del a
print("still cached:", len(cache))
del a2
print("after del a2:", len(cache), sorted(cache._cache.keys()))
cache.get("c.png")
print("temp gone:", len(cache))
b.self = b
del b
print("cycle kept:", len(cache))
gc.collect()
print("after gc:", len(cache), list(cache._cache.items()))
d = cache.get("d.png")
print(sys.getrefcount(d))
for k, v in cache._cache.items():
    print(k, v, sys.getrefcount(v))
vr = list(cache._cache.valuerefs())
print(len(vr), vr[0]() is d)
print(cache._cache.setdefault("e.png", d) is d, len(cache))
print(cache._cache.pop("e.png") is d)
try:
    cache._cache.pop("zzz")
except KeyError as e:
    print("KeyError", e)
print(Image.loads)
