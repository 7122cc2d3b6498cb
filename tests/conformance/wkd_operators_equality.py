# WeakKeyDictionary |, |= and the reflected dict | wkd all give/keep a
# WeakKeyDictionary; equality with a plain dict compares the live items.
# CPython: Lib/weakref.py WeakKeyDictionary.__or__/__ror__/__ior__,
#   Mapping.__eq__.
import gc
import weakref

gc.disable()


class K:
    def __init__(self, name):
        self.name = name


def show(d):
    return sorted([k.name + "=" + str(d[k]) for k in d])


a = K("a")
b = K("b")
c = K("c")
d = weakref.WeakKeyDictionary({a: 1})
print("d == {a: 1}:", d == {a: 1}, "| d == {a: 2}:", d == {a: 2})
e = d | {b: 2}
print("d | {b: 2}:", type(e).__name__, show(e), "| d unchanged:", show(d))
f = {c: 3, a: 0} | d
print("{c: 3, a: 0} | d:", type(f).__name__, show(f))
g = d
d |= {c: 3}
print("d |= {c: 3}:", show(d), "| same object:", g is d)
del c
print("after c died:", show(d), show(f))
