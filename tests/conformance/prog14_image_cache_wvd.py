import weakref
import gc

class Image:
    loads = 0
    def __init__(self, path):
        Image.loads += 1
        self.path = path
        self.pixels = [0] * 4
    def __repr__(self):
        return f"<Image {self.path}>"
    def __del__(self):
        print(f"unload {self.path}")

class ImageCache:
    def __init__(self):
        self._cache = weakref.WeakValueDictionary()
    def get(self, path):
        img = self._cache.get(path)
        if img is None:
            print(f"miss {path}")
            img = Image(path)
            self._cache[path] = img
        else:
            print(f"hit {path}")
        return img
    def __len__(self):
        return len(self._cache)

cache = ImageCache()
a = cache.get("a.png")
b = cache.get("b.png")
a2 = cache.get("a.png")
print(a is a2, len(cache), Image.loads)
del a
print("a still held by a2:", len(cache))
del a2
print("after a2:", len(cache), sorted(cache._cache.keys()))
cache.get("c.png")   # dies immediately
print(len(cache))
c = cache.get("c.png")
print(Image.loads)
items = list(cache._cache.items())
print(sorted(k for k, v in items))
del items
del b
print(sorted(cache._cache))
# setdefault / pop / popitem
d = cache._cache
e = Image("e.png")
print(d.setdefault("e.png", e) is e)
print(d.pop("e.png") is e)
try:
    d.pop("zzz")
except KeyError as ex:
    print("KeyError", ex)
print(d.pop("zzz", "dflt"))
k, v = d.popitem()
print(k, v)
del v
print("end", len(d))
