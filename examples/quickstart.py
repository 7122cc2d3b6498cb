# gclab quick start: four ways an object can die in CPython 3.11.
# Run it with `npx gclab run examples/quickstart.py`, or `--explain` to see why.
import gc
import weakref

gc.disable()  # only explicit gc.collect() calls collect cycles below


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"  __del__ {self.name}")


print("1. refcount death: the last reference goes away")
a = Node("a")
del a
print("   (a is gone at once, no collector needed)")

print("2. a cycle survives refcounting until gc.collect()")
b = Node("b")
c = Node("c")
b.partner = c
c.partner = b
del b, c
print("   after del: nothing printed yet")
found = gc.collect()
print("   gc.collect() found the cycle:", found > 0)

print("3. a weakref callback runs when its referent dies")
d = Node("d")
r = weakref.ref(d, lambda ref: print("  callback: d is dead, r() is", ref()))
del d
print("   r() now returns", r())

print("4. a WeakValueDictionary forgets values nobody else holds")
cache = weakref.WeakValueDictionary()
e = Node("e")
cache["e"] = e
print("   in cache:", list(cache.keys()))
del e
print("   after del e:", list(cache.keys()))
