# A program split in two: a helper module keeping every shape in a module-level
# WeakValueDictionary (dataclasses with __post_init__ and __del__), and a main
# module with `if __name__ == "__main__":`: locals of main() dying when it
# returns, a scene in a cycle until gc.collect(), a shape alive at exit.
import gc
import mod_shape_registry as lib
from mod_shape_registry import Rect, Shape

class Scene:
    def __init__(self):
        self.items = []
        self.selected = None
    def add(self, s):
        self.items.append(s)
        return s
    def __del__(self):
        print("  scene freed with", len(self.items), "items")

def build():
    sc = Scene()
    sc.add(Rect("a", w=2, h=3))
    sc.selected = sc.add(Rect("b", w=1, h=1))
    sc.add(Shape("dot"))
    sc.owner = sc
    return sc

def main():
    sc = build()
    print("areas:", [s.area() for s in sc.items])
    print("live:", lib.live())
    tmp = Rect("tmp")
    print("tmp area", tmp.area())
    del tmp
    sc.items.pop(0)
    print("after pop:", lib.live())
    return sc

if __name__ == "__main__":
    scene = main()
    print("main returned")
    del scene
    print("scene is a cycle:", lib.live())
    print("collected", gc.collect())
    print("live at end:", lib.live())
    keep = Rect("kept-to-exit")
