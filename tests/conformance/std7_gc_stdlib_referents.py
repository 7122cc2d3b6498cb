# What gc sees of stdlib objects: gc.get_referents(deque) lists its items
# left to right (deque_traverse; not its class or maxlen), a slots=True
# dataclass leaves its original class as garbage except when frozen (the
# generated __setattr__ keeps it), and type(name, bases, ns) keeps the bases
# tuple it is given (type_new_get_bases), so a discarded class frees one
# tuple less.
import gc, collections
from dataclasses import dataclass
d = collections.deque([1, 'a', (2,)], maxlen=5)
print([type(x).__name__ for x in gc.get_referents(d)])
d.appendleft(None); d.rotate(1)
print(gc.get_referents(d))
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
@dataclass(frozen=True, slots=True)
class Key:
    a: int
gc.collect()
print("frozen+slots original kept by __setattr__:", sorted(type(o).__name__ for o in gc.garbage))
gc.garbage.clear()
@dataclass(slots=True)
class Point:
    x: int
    y: int = 0
gc.collect()
print("slots original:", sorted(type(o).__name__ for o in gc.garbage))
gc.garbage.clear()
gc.set_debug(0)
gc.collect()
Made = type("Made", (Point,), {})
print(Made.__bases__, Made(1))
del Made
print(gc.collect())
try:
    Key(1).a = 2
except Exception as e:
    print(type(e).__name__, e)
