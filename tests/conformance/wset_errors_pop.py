# WeakSet errors: pop() from an empty set, remove() of a missing member
# (KeyError), add() of a non-weakrefable value (TypeError); `1 in ws` is just
# False and discard() of a missing member does nothing. pop() returns the member.
# CPython: Lib/_weakrefset.py WeakSet.pop/remove/add/__contains__.
import gc
import weakref

gc.disable()


class Item:
    def __init__(self, name):
        self.name = name


ws = weakref.WeakSet()
try:
    ws.pop()
except KeyError as e:
    print("pop() on empty:", e)
x = Item("x")
try:
    ws.remove(x)
except KeyError:
    print("remove(missing) -> KeyError")
ws.discard(x)
print("discard(missing) is fine, len:", len(ws))
try:
    ws.add(1)
except TypeError as e:
    print("add(1):", e)
print("1 in ws:", 1 in ws)
ws.add(x)
ws.add(x)
print("added twice, len:", len(ws))
got = ws.pop()
print("pop() gave x:", got is x, "| len:", len(ws))
ws.update([x, Item("temp")])
print("update with a temporary, len:", len(ws))
ws.clear()
print("after clear:", len(ws))
