# While a WeakKeyDictionary iterator is suspended, a dying key is queued:
# len() already leaves it out (len(data) minus pending), the iteration skips
# it, and the removal is committed when the iterator finishes.
# CPython: Lib/weakref.py WeakKeyDictionary.__len__/_commit_removals,
#   _weakrefset._IterationGuard.
import gc
import weakref

gc.disable()


class K:
    def __init__(self, name):
        self.name = name


keys = [K("a"), K("b"), K("c")]
d = weakref.WeakKeyDictionary()
for k in keys:
    d[k] = k.name + "-value"
del k
it = iter(d.keys())
first = next(it)
print("first:", first.name)
del first
keys.pop(1)
print("len while suspended:", len(d))
print("rest:", [k.name for k in it])
print("len after:", len(d), "| values:", list(d.values()))
print("keyrefs alive:", [r() is not None for r in d.keyrefs()])
