# WeakSet operators: | & - ^ give new WeakSets, |= &= -= ^= update in place
# (same object), <= < >= > test subsets, == only equals another WeakSet;
# copy() is independent of the original.
# CPython: Lib/_weakrefset.py WeakSet operators.
import gc
import weakref

gc.disable()


class Item:
    def __init__(self, name):
        self.name = name


def names(ws):
    return sorted([x.name for x in ws])


a = Item("a")
b = Item("b")
c = Item("c")
s = weakref.WeakSet([a, b])
t = weakref.WeakSet([b, c])
print("s | t:", names(s | t), "| s & t:", names(s & t), "| s - t:", names(s - t), "| s ^ t:", names(s ^ t))
print("type of s | t:", type(s | t).__name__)
print("s <= s | t:", s <= (s | t), "| s < s:", s < s, "| s >= weakref.WeakSet([a]):", s >= weakref.WeakSet([a]), "| s > s:", s > s)
print("s == WeakSet([b, a]):", s == weakref.WeakSet([b, a]), "| s == set([a, b]):", s == set([a, b]))
u = s.copy()
same = u
u |= t
print("u |= t:", names(u), "| same object:", same is u, "| s unchanged:", names(s))
u &= weakref.WeakSet([a, c])
print("u &= {a, c}:", names(u))
u -= weakref.WeakSet([a])
print("u -= {a}:", names(u))
u ^= weakref.WeakSet([a, c])
print("u ^= {a, c}:", names(u), "| still the same object:", same is u)
del a
print("after a died: s", names(s), "| u", names(u))
