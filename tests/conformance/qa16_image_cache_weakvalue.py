import weakref, gc

class Image:
    loads = 0
    def __init__(self, path):
        Image.loads += 1
        self.path = path
        print("loading", path)
    def __repr__(self):
        return f"<Image {self.path}>"
    def __del__(self):
        print("unload", self.path)

class ImageCache:
    def __init__(self):
        self._cache = weakref.WeakValueDictionary()
    def get(self, path):
        img = self._cache.get(path)
        if img is None:
            img = Image(path)
            self._cache[path] = img
        return img
    def __len__(self):
        return len(self._cache)

cache = ImageCache()
a = cache.get("a.png")
b = cache.get("b.png")
a2 = cache.get("a.png")
print(a is a2, len(cache), Image.loads)
del a
print(len(cache))
del a2
print(len(cache), sorted(cache._cache.keys()))
sprites = [cache.get(f"s{i}.png") for i in range(3)]
print(len(cache))
sprites.clear()
print(len(cache))
b.self_ref = b
del b
print("before collect", len(cache))
gc.collect()
print("after collect", len(cache), Image.loads)
