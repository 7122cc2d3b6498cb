"""A cache built on WeakValueDictionary with explicit gc.collect() timing reports."""
import gc
import weakref


class Image:
    loads = 0

    def __init__(self, path):
        Image.loads += 1
        self.path = path
        self.pixels = [0] * 16

    def __repr__(self):
        return f"<Image {self.path}>"

    def __del__(self):
        print(f"    unload {self.path}")


class ImageCache:
    def __init__(self):
        self._cache = weakref.WeakValueDictionary()

    def load(self, path):
        img = self._cache.get(path)
        if img is None:
            img = Image(path)
            self._cache[path] = img
            print(f"    load {path}")
        return img

    def report(self, label):
        print(f"[{label}] cached={sorted(self._cache.keys())} loads={Image.loads}")


cache = ImageCache()
a = cache.load("a.png")
b = cache.load("b.png")
a2 = cache.load("a.png")
cache.report("two loaded")
del a
cache.report("a still held by a2")
del a2
cache.report("a released")


class Sprite:
    def __init__(self, img):
        self.img = img
        self.scene = None


class Scene:
    def __init__(self):
        self.sprites = []

    def add(self, s):
        s.scene = self
        self.sprites.append(s)


scene = Scene()
for p in ["c.png", "d.png", "c.png"]:
    scene.add(Sprite(cache.load(p)))
cache.report("scene built")
del scene
cache.report("scene dropped (cycle)")
print("collect ->", gc.collect())
cache.report("after collect")

gc.disable()
for i in range(3):
    s = Scene()
    s.add(Sprite(cache.load(f"t{i}.png")))
del s
cache.report("gc disabled, cycles pile up")
print("collect(0) ->", gc.collect(0))
cache.report("after collect(0)")
gc.enable()

keep = cache.load("b.png")
print(keep is b)
items = list(cache._cache.items())
print(items)
del items
vals = cache._cache.valuerefs()
print(len(vals), [r() for r in vals])
del vals
del b, keep
cache.report("end")
